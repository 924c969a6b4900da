package dev.yakusoku.problems;

/** Says what went wrong in one line, for logs and for the quarantine. */
public final class Failures {
  private Failures() {}

  /** The innermost cause's type and message. */
  public static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
