package dev.yakusoku.facts;

import java.time.Instant;

/** {@code dependency.cleared}: the party waited on has answered. */
public record WaitCleared(String ref, String matterId, String on, Instant time)
    implements MatterScoped {
  @Override
  public String getMatterId() {
    return matterId;
  }

  public String getRef() {
    return ref;
  }

  public String getOn() {
    return on;
  }

  public Instant getTime() {
    return time;
  }
}
