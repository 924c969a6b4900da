package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What a chat message of a daily digest says, in Slack as in Teams: its title, its headline in one
 * line, its counts, and its three lists (the open alerts, those raised and those resolved), each
 * with its heading and how many it has in all. A chat shows fewer alerts than a mail can; what it
 * leaves out it leaves to the page.
 */
final class ChatDigest {
  /** What a line of an alert shows of its summary at most. */
  static final int MOST_SUMMARY = 300;

  /** What a line of an alert shows of its manager at most. */
  static final int MOST_MANAGER = 200;

  private ChatDigest() {}

  /** One list of the digest: its heading, its alerts as the digest holds them, and its total. */
  record Part(String heading, List<AlertView> alerts, int total) {
    /** {@code heading (total)}. */
    String title() {
      return heading + " (" + total + ")";
    }

    /** What is said of the alerts not shown when {@code shown} are. */
    String more(int shown) {
      return "and " + (total - shown) + " more on the page";
    }
  }

  /** {@code Daily digest for <team name> on Mon 2026-11-30}, in one line. */
  static String title(Digest d) {
    return AlertEmail.oneLine(
        "Daily digest for " + d.teamName() + " on " + DigestEmail.day(d.day()));
  }

  /** The title with the counts of the three lists, in one line. */
  static String headline(Digest d) {
    Digest.Counts c = d.counts();
    return title(d)
        + ": "
        + c.open()
        + " open, "
        + c.raised()
        + " raised, "
        + c.resolved()
        + " resolved";
  }

  /** Each count with its name, in the order the mail gives them. */
  static List<String[]> counts(Digest d) {
    Digest.Counts c = d.counts();
    return List.of(
        new String[] {"Open", String.valueOf(c.open())},
        new String[] {"Raised", String.valueOf(c.raised())},
        new String[] {"Resolved", String.valueOf(c.resolved())},
        new String[] {"Broken promises", String.valueOf(c.brokenPromises())},
        new String[] {"Stalled dependencies", String.valueOf(c.stalledDependencies())});
  }

  /**
   * The open alerts, those raised and those resolved; raised "yesterday" when the previous business
   * day was, else since the day it was (on Monday, since Friday).
   */
  static List<Part> parts(Digest d) {
    Digest.Counts c = d.counts();
    LocalDate day = LocalDate.parse(d.day());
    LocalDate since =
        OffsetDateTime.parse(d.since()).atZoneSameInstant(ZoneId.of(d.zone())).toLocalDate();
    String raised =
        since.equals(day.minusDays(1))
            ? "Raised yesterday"
            : "Raised since " + DigestEmail.day(since.toString());
    return List.of(
        new Part("Open", d.open(), c.open()),
        new Part(raised, d.raised(), c.raised()),
        new Part("Resolved", d.resolved(), c.resolved()));
  }

  /**
   * {@code a}'s summary in one line, so that it keeps to its alert's line, or nothing; a chat shows
   * at most {@link #MOST_SUMMARY} of it.
   */
  static String summaryOf(AlertView a) {
    return a.summary() == null ? "" : AlertEmail.oneLine(a.summary());
  }

  /**
   * What the list at {@code index} may take of {@code left}, the room the lists after it have not
   * been given yet: an even share of it, so that no list leaves the next ones nothing.
   */
  static int share(int left, int index, int lists) {
    return left / (lists - index);
  }
}
