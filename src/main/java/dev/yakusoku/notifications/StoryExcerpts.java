package dev.yakusoku.notifications;

import dev.yakusoku.access.AlertScope;
import dev.yakusoku.alerts.AlertView;
import dev.yakusoku.story.AlertStory;
import dev.yakusoku.story.StoryService;
import dev.yakusoku.story.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * What a message a person reads tells of an alert besides the alert itself, from its story: the
 * matter's title, the names of the team and the people, and the events the alert cites, as the page
 * shows them (time, headline). A story that cannot be told (the alert was removed since, or reading
 * it failed) leaves the message with the alert's own evidence references: the mail still goes.
 */
@ApplicationScoped
class StoryExcerpts {
  private static final Logger LOG = Logger.getLogger(StoryExcerpts.class);

  /** Evidence lines a message shows; the latest, as they lead up to the change. */
  static final int MOST_LINES = 5;

  private final StoryService stories;

  StoryExcerpts(StoryService stories) {
    this.stories = stories;
  }

  /** One event the alert cites: when (in the team's zone, as the page writes it) and what. */
  record Line(String time, String headline) {}

  /**
   * What the message adds: names by id (people, and the team), the matter's title if known, the
   * latest cited events, and how many earlier ones the page shows besides.
   */
  record Excerpt(
      String matterTitle, Map<String, String> names, List<Line> evidence, int earlierEvidence) {

    /** {@code id (name)}, or the id alone when no name is known. */
    String who(String id) {
      return named(names, id);
    }
  }

  /** {@code id (name)} by {@code names}, the id alone when it has no name, "someone" for none. */
  static String named(Map<String, String> names, String id) {
    if (id == null) {
      return "someone";
    }
    String name = names.get(id);
    return name == null || name.equals(id) ? id : id + " (" + name + ")";
  }

  /** {@code alert} as it read at the change; the cited events are those it cited then. */
  Excerpt of(AlertView alert) {
    Optional<AlertStory> story;
    try {
      story = stories.of(alert.id(), AlertScope.everything());
    } catch (RuntimeException e) {
      LOG.warnf(e, "the story of alert %s could not be read for a message", alert.id());
      story = Optional.empty();
    }
    return story.map(s -> excerpt(alert, s)).orElseGet(() -> bare(alert));
  }

  private static Excerpt excerpt(AlertView alert, AlertStory story) {
    Map<String, String> names = new HashMap<>();
    story.parties().forEach((id, p) -> putName(names, id, p.name()));
    story.teams().forEach((id, t) -> putName(names, id, t.name()));
    Set<String> cited = Set.copyOf(alert.evidence());
    List<Line> lines =
        story.timeline().stream()
            .filter(e -> cited.contains(e.ref()))
            .map(StoryExcerpts::line)
            .toList();
    if (lines.isEmpty()) {
      lines = refsOf(alert);
    }
    String title = story.matter() == null ? null : story.matter().title();
    return latest(title, names, lines);
  }

  private static Excerpt bare(AlertView alert) {
    return latest(null, Map.of(), refsOf(alert));
  }

  private static Excerpt latest(String title, Map<String, String> names, List<Line> lines) {
    int earlier = Math.max(0, lines.size() - MOST_LINES);
    return new Excerpt(title, Map.copyOf(names), lines.subList(earlier, lines.size()), earlier);
  }

  private static List<Line> refsOf(AlertView alert) {
    return alert.evidence().stream().map(ref -> new Line(null, ref)).toList();
  }

  private static Line line(TimelineEntry e) {
    return new Line(e.time(), e.headline() == null ? e.type() : e.headline());
  }

  private static void putName(Map<String, String> names, String id, String name) {
    if (id != null && name != null && !name.isBlank()) {
      names.put(id, name);
    }
  }
}
