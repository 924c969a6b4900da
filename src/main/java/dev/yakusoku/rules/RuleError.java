package dev.yakusoku.rules;

/** A DRL compile error, located for the author: file name, line and column (1-based; 0 unknown). */
public record RuleError(String file, int line, int column, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
