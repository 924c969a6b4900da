package dev.yakusoku.story;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A promise on a matter, as the engine judges its events: who promised what to whom, on which
 * terms, due when, how long waits paused its clock, and whether a contact kept it or it was
 * withdrawn. {@code state} is {@code open}, {@code kept}, {@code broken} (its due time passed
 * unkept) or {@code withdrawn}, as the live rules judged it up to the engine's clock.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromiseStory(
    String id,
    String kind,
    String madeBy,
    String madeTo,
    String owner,
    String target,
    String madeAt,
    String terms,
    String due,
    String pausedFor,
    boolean pausedNow,
    String dueAfterPauses,
    String state,
    String keptAt,
    String keptBy,
    String withdrawnAt,
    String ref) {}
