package dev.yakusoku.ingest;

import static dev.yakusoku.problems.Bounds.ID;
import static dev.yakusoku.problems.Bounds.NAME;
import static dev.yakusoku.problems.Bounds.NOTE;
import static dev.yakusoku.problems.Bounds.TOO_LONG;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The {@code data} of each event type (contract section 1), with its constraints: party ids and
 * other ids at most {@link dev.yakusoku.problems.Bounds#ID} characters, names and what a caller
 * said at most {@link dev.yakusoku.problems.Bounds#NAME}, notes and reasons at most {@link
 * dev.yakusoku.problems.Bounds#NOTE}.
 */
final class EventData {
  private EventData() {}

  static final Map<String, Class<?>> BY_TYPE =
      Map.of(
          "matter.opened", MatterOpened.class,
          "matter.assigned", MatterAssigned.class,
          "matter.resolved", MatterResolved.class,
          "promise.made", PromiseMade.class,
          "promise.withdrawn", PromiseWithdrawn.class,
          "contact.logged", ContactLogged.class,
          "escalation.raised", EscalationRaised.class,
          "dependency.waiting", DependencyWaiting.class,
          "dependency.cleared", DependencyCleared.class,
          "staff.availability", StaffAvailability.class);

  record MatterOpened(
      @NotBlank @Size(max = ID, message = TOO_LONG) String client,
      @Size(max = ID, message = TOO_LONG) String endUser,
      @NotBlank @Size(max = ID, message = TOO_LONG) String team,
      @Size(max = ID, message = TOO_LONG) String assignee,
      @NotBlank @Size(max = NAME, message = TOO_LONG) String title,
      Boolean urgent) {}

  record MatterAssigned(@NotBlank @Size(max = ID, message = TOO_LONG) String assignee) {}

  record MatterResolved(@Size(max = NOTE, message = TOO_LONG) String note) {}

  record PromiseMade(
      @NotBlank @Size(max = ID, message = TOO_LONG) String promiseId,
      @NotBlank @Size(max = ID, message = TOO_LONG) String madeBy,
      @NotBlank @Size(max = ID, message = TOO_LONG) String madeTo,
      @Size(max = ID, message = TOO_LONG) String owner,
      @Size(max = ID, message = TOO_LONG) String target,
      @NotBlank
          @Pattern(
              regexp = "contact|callback|reply",
              message = "must be contact, callback or reply")
          String kind,
      @Rfc3339 String due,
      @IsoDuration String within,
      @Pattern(
              regexp = "end-of-day|end-of-next-business-day",
              message = "must be end-of-day or end-of-next-business-day")
          String by) {

    /** Reported on {@code due}, the first of the three. */
    @JsonIgnore
    @AssertTrue(message = "exactly one of due, within or by is required")
    boolean isDue() {
      int given = (due != null ? 1 : 0) + (within != null ? 1 : 0) + (by != null ? 1 : 0);
      return given == 1;
    }
  }

  record PromiseWithdrawn(
      @NotBlank @Size(max = ID, message = TOO_LONG) String promiseId,
      @Size(max = NOTE, message = TOO_LONG) String reason) {}

  record ContactLogged(
      @NotBlank
          @Pattern(
              regexp = "phone|main-line|chat|email|visit",
              message = "must be phone, main-line, chat, email or visit")
          String channel,
      @NotBlank @Pattern(regexp = "inbound|outbound", message = "must be inbound or outbound")
          String direction,
      @Size(max = ID, message = TOO_LONG) String from,
      @Size(max = ID, message = TOO_LONG) String to,
      @Size(max = NAME, message = TOO_LONG) String callerName,
      @Size(max = NAME, message = TOO_LONG) String callerPhone,
      @Size(max = NAME, message = TOO_LONG) String askedFor,
      @NotBlank
          @Pattern(
              regexp = "reached|no-answer|left-message|callback-promised|asked-to-wait",
              message =
                  "must be reached, no-answer, left-message, callback-promised or asked-to-wait")
          String outcome,
      @Size(max = NOTE, message = TOO_LONG) String note) {}

  record EscalationRaised(
      @NotBlank @Size(max = ID, message = TOO_LONG) String by,
      @NotBlank @Size(max = ID, message = TOO_LONG) String to,
      @NotBlank @Size(max = ID, message = TOO_LONG) String channel,
      @Size(max = NOTE, message = TOO_LONG) String reason) {}

  record DependencyWaiting(
      @NotBlank @Size(max = ID, message = TOO_LONG) String on,
      @Size(max = NOTE, message = TOO_LONG) String reason,
      @Rfc3339(orDuration = true) String followUp) {}

  record DependencyCleared(@NotBlank @Size(max = ID, message = TOO_LONG) String on) {}

  record StaffAvailability(
      @NotBlank @Size(max = ID, message = TOO_LONG) String staff,
      @NotBlank @Pattern(regexp = "available|away", message = "must be available or away")
          String status,
      @Rfc3339 String until) {}
}
