package dev.yakusoku.notifications;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;

/** Text for a receiving side that bounds its length: cut between characters, marked as cut. */
final class MessageText {
  /** What ends a text that was cut. */
  static final String CUT = "…";

  private MessageText() {}

  /** {@code text}, or as much of it as fits in {@code most} characters with the mark. */
  static String cut(String text, int most) {
    return cut(text, most, UnaryOperator.identity());
  }

  /**
   * {@code text} with each character written by {@code escape} (as an entity, say), cut to at most
   * {@code most} characters so that neither a character nor the escape of one is split.
   */
  static String cut(String text, int most, UnaryOperator<String> escape) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), most));
    Deque<Integer> ends = new ArrayDeque<>();
    int i = 0;
    while (i < text.length()) {
      int next = text.offsetByCodePoints(i, 1);
      String written = escape.apply(text.substring(i, next));
      if (out.length() + written.length() > most) {
        while (!ends.isEmpty() && out.length() + CUT.length() > most) {
          ends.pop();
          out.setLength(ends.isEmpty() ? 0 : ends.peek());
        }
        return out.append(CUT).toString();
      }
      out.append(written);
      ends.push(out.length());
      i = next;
    }
    return out.toString();
  }
}
