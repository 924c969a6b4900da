package dev.yakusoku.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/** The {@code data} of each event type (contract section 1), with its constraints. */
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
      @NotBlank String client,
      String endUser,
      @NotBlank String team,
      String assignee,
      @NotBlank String title,
      Boolean urgent) {}

  record MatterAssigned(@NotBlank String assignee) {}

  record MatterResolved(String note) {}

  record PromiseMade(
      @NotBlank String promiseId,
      @NotBlank String madeBy,
      @NotBlank String madeTo,
      String owner,
      String target,
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

  record PromiseWithdrawn(@NotBlank String promiseId, String reason) {}

  record ContactLogged(
      @NotBlank
          @Pattern(
              regexp = "phone|main-line|chat|email|visit",
              message = "must be phone, main-line, chat, email or visit")
          String channel,
      @NotBlank @Pattern(regexp = "inbound|outbound", message = "must be inbound or outbound")
          String direction,
      String from,
      String to,
      String callerName,
      String callerPhone,
      String askedFor,
      @NotBlank
          @Pattern(
              regexp = "reached|no-answer|left-message|callback-promised|asked-to-wait",
              message =
                  "must be reached, no-answer, left-message, callback-promised or asked-to-wait")
          String outcome,
      String note) {}

  record EscalationRaised(
      @NotBlank String by, @NotBlank String to, @NotBlank String channel, String reason) {}

  record DependencyWaiting(
      @NotBlank String on, String reason, @Rfc3339(orDuration = true) String followUp) {}

  record DependencyCleared(@NotBlank String on) {}

  record StaffAvailability(
      @NotBlank String staff,
      @NotBlank @Pattern(regexp = "available|away", message = "must be available or away")
          String status,
      @Rfc3339 String until) {}
}
