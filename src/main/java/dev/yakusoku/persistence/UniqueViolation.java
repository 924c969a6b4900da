package dev.yakusoku.persistence;

import org.hibernate.exception.ConstraintViolationException;

/** Tells a write that lost a race on a unique constraint from other failures. */
public final class UniqueViolation {
  private UniqueViolation() {}

  /** Whether {@code failure} was caused by a constraint violation. */
  public static boolean causes(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConstraintViolationException) {
        return true;
      }
    }
    return false;
  }
}
