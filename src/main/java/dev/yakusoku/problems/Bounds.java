package dev.yakusoku.problems;

/**
 * The lengths every layer holds (contract section 1, "Bounds"): the columns are at least this wide,
 * and input beyond them is answered 400 naming the field before anything is stored.
 */
public final class Bounds {
  /** Ids, sources and subjects, party and team ids, staff ids. */
  public static final int ID = 200;

  /** Names, aliases, titles, what a caller said. */
  public static final int NAME = 500;

  /** Notes and reasons. */
  public static final int NOTE = 10_000;

  /** One event as JSON, in UTF-8 bytes; a quarter of what the broker takes in one record. */
  public static final int EVENT_BYTES = 256 * 1024;

  /** The message of a string beyond its bound, for Bean Validation's {@code @Size}. */
  public static final String TOO_LONG = "must be at most {max} characters";

  private Bounds() {}

  /** The message for a string {@code value} longer than {@code max}, or null if it fits. */
  public static String tooLong(String value, int max) {
    return value != null && value.length() > max
        ? "must be at most " + max + " characters; it has " + value.length()
        : null;
  }
}
