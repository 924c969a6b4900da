package dev.yakusoku.facts;

import java.time.Instant;

/** {@code promise.withdrawn}: the promise is no longer owed. */
public record PromiseWithdrawn(
    String ref, String matterId, String promiseId, String reason, Instant time)
    implements MatterScoped {
  @Override
  public String getMatterId() {
    return matterId;
  }

  public String getRef() {
    return ref;
  }

  public String getPromiseId() {
    return promiseId;
  }

  public String getReason() {
    return reason;
  }

  public Instant getTime() {
    return time;
  }
}
