package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertView;
import dev.yakusoku.facts.AlertTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One team's daily digest for one receiver, as written at the start of the team's business day: the
 * alerts of the team not resolved ({@code open}: open, acknowledged or snoozed, the critical first,
 * then the longest waiting), those first raised ({@code raised}) and those resolved ({@code
 * resolved}) between {@code since} and {@code until}: from the start of the previous business day
 * to the start of this one, the days off between them included, so that consecutive digests leave
 * no day out. Only alerts of the receiver's severities and types are told. Each list holds at most
 * {@code yakusoku.notifications.digest-most-alerts}; {@code counts} counts them all. Times are in
 * the team's {@code zone}; {@code names} names the team and the people the lists mention.
 */
record Digest(
    String team,
    String zone,
    String day,
    String since,
    String until,
    Counts counts,
    List<AlertView> open,
    List<AlertView> raised,
    List<AlertView> resolved,
    Map<String, String> names) {

  /**
   * How many alerts each heading has in all; broken promises and stalled dependencies are those of
   * their type among the other three.
   */
  record Counts(int open, int raised, int resolved, int brokenPromises, int stalledDependencies) {}

  /** The alerts of {@code type} among the lists, each once, in the order the lists give them. */
  List<AlertView> ofType(String type) {
    Map<String, AlertView> found = new LinkedHashMap<>();
    Stream.of(open, raised, resolved)
        .flatMap(List::stream)
        .filter(a -> type.equals(a.type()))
        .forEach(a -> found.putIfAbsent(a.id(), a));
    return List.copyOf(found.values());
  }

  List<AlertView> brokenPromises() {
    return ofType(AlertTypes.BROKEN_PROMISE);
  }

  List<AlertView> stalledDependencies() {
    return ofType(AlertTypes.STALLED_DEPENDENCY);
  }

  /** The team's name, or its id when it has none. */
  String teamName() {
    return names.getOrDefault(team, team);
  }

  /** {@code id (name)}, or the id alone when no name is known. */
  String who(String id) {
    return StoryExcerpts.named(names, id);
  }
}
