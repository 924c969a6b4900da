package dev.yakusoku.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Outcome of tying an inbound contact to a caller, a staff member and a matter. */
public record CallerResolution(
    Optional<String> matterId,
    Optional<String> callerId,
    Optional<String> askedForId,
    List<String> candidateCallers,
    List<String> candidateStaff,
    List<String> candidateMatters,
    String how) {

  public CallerResolution {
    Objects.requireNonNull(matterId, "matterId");
    Objects.requireNonNull(callerId, "callerId");
    Objects.requireNonNull(askedForId, "askedForId");
    candidateCallers = candidateCallers == null ? List.of() : List.copyOf(candidateCallers);
    candidateStaff = candidateStaff == null ? List.of() : List.copyOf(candidateStaff);
    candidateMatters = candidateMatters == null ? List.of() : List.copyOf(candidateMatters);
    how = how == null ? "" : how;
  }

  public boolean tied() {
    return matterId.isPresent();
  }
}
