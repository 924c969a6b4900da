package dev.yakusoku.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.yakusoku.alerts.AlertView;
import java.util.List;
import java.util.Map;

/**
 * An alert with the story of its matter, as the event log tells it: the matter, the promises made
 * on it, and every event in time order, with the names of the people and teams it mentions. Every
 * time is written in {@code zone}, the alert's team's zone (its {@code teamZone}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertStory(
    AlertView alert,
    String zone,
    MatterSummary matter,
    List<PromiseStory> promises,
    List<TimelineEntry> timeline,
    Map<String, PartyName> parties,
    Map<String, TeamName> teams) {}
