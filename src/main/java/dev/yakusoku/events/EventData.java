package dev.yakusoku.events;

import static dev.yakusoku.problems.Bounds.ID;
import static dev.yakusoku.problems.Bounds.NAME;
import static dev.yakusoku.problems.Bounds.NOTE;
import static dev.yakusoku.problems.Bounds.TOO_LONG;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.yakusoku.problems.IsoDuration;
import dev.yakusoku.problems.Rfc3339;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code data} of an event, one record per type (contract section 1), parsed once when the
 * event is accepted or read back from the log, and read by type everywhere after. The constraints
 * are those ingestion checks: ids at most {@link dev.yakusoku.problems.Bounds#ID} characters, names
 * and what a caller said at most {@link dev.yakusoku.problems.Bounds#NAME}, notes and reasons at
 * most {@link dev.yakusoku.problems.Bounds#NOTE}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface EventData {

  /** The payload record of each event type. */
  Map<String, Class<? extends EventData>> BY_TYPE =
      Map.of(
          EventTypes.MATTER_OPENED, MatterOpened.class,
          EventTypes.MATTER_ASSIGNED, MatterAssigned.class,
          EventTypes.MATTER_RESOLVED, MatterResolved.class,
          EventTypes.PROMISE_MADE, PromiseMade.class,
          EventTypes.PROMISE_WITHDRAWN, PromiseWithdrawn.class,
          EventTypes.CONTACT_LOGGED, ContactLogged.class,
          EventTypes.ESCALATION_RAISED, EscalationRaised.class,
          EventTypes.DEPENDENCY_WAITING, DependencyWaiting.class,
          EventTypes.DEPENDENCY_CLEARED, DependencyCleared.class,
          EventTypes.STAFF_AVAILABILITY, StaffAvailability.class);

  /**
   * The payload of an event of {@code type} read from JSON; fields the contract does not name are
   * ignored. Ingestion validates with the service's mapper; this one reads events that were.
   */
  static EventData read(String type, JsonNode data) {
    Class<? extends EventData> payload = BY_TYPE.get(type);
    if (payload == null) {
      throw new IllegalArgumentException("no event type " + type);
    }
    try {
      return Reader.JSON.treeToValue(data, payload);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("unreadable data of a " + type + " event", e);
    }
  }

  /** Who acted: the caller or staff member who made the contact, raised or promised. */
  default String actor() {
    return null;
  }

  /** Whom the event is addressed to or about: the one called, escalated to, promised, waited on. */
  default String addressee() {
    return null;
  }

  /** The note or reason given with the event. */
  default String remark() {
    return null;
  }

  /** Every party id the payload names, besides the matter's own parties. */
  default List<String> partiesNamed() {
    return List.of();
  }

  record MatterOpened(
      @NotBlank @Size(max = ID, message = TOO_LONG) String client,
      @Size(max = ID, message = TOO_LONG) String endUser,
      @NotBlank @Size(max = ID, message = TOO_LONG) String team,
      @Size(max = ID, message = TOO_LONG) String assignee,
      @NotBlank @Size(max = NAME, message = TOO_LONG) String title,
      Boolean urgent)
      implements EventData {

    public boolean flaggedUrgent() {
      return Boolean.TRUE.equals(urgent);
    }
  }

  record MatterAssigned(@NotBlank @Size(max = ID, message = TOO_LONG) String assignee)
      implements EventData {}

  record MatterResolved(@Size(max = NOTE, message = TOO_LONG) String note) implements EventData {
    @Override
    public String remark() {
      return note;
    }
  }

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
          String by)
      implements EventData {
    public static final String REPLY = "reply";
    public static final String END_OF_DAY = "end-of-day";
    public static final String END_OF_NEXT_BUSINESS_DAY = "end-of-next-business-day";

    /** Reported on {@code due}, the first of the three. */
    @JsonIgnore
    @AssertTrue(message = "exactly one of due, within or by is required")
    boolean isDue() {
      int given = (due != null ? 1 : 0) + (within != null ? 1 : 0) + (by != null ? 1 : 0);
      return given == 1;
    }

    /** The party the promise is to reach: the one it was made to, unless it names another. */
    public String reaches() {
      return REPLY.equals(kind) || target == null ? madeTo : target;
    }

    /** The terms as given: {@code by}, {@code within} or {@code due}, whichever it names. */
    public String terms() {
      return by != null ? by : within != null ? within : due;
    }

    /** A window of elapsed time ({@code within: PT30M}), not of business days. */
    public boolean elapsedWindow() {
      return within != null && within.startsWith("PT");
    }

    @Override
    public String actor() {
      return madeBy;
    }

    @Override
    public String addressee() {
      return madeTo;
    }

    @Override
    public List<String> partiesNamed() {
      return present(madeBy, madeTo, owner, target);
    }
  }

  record PromiseWithdrawn(
      @NotBlank @Size(max = ID, message = TOO_LONG) String promiseId,
      @Size(max = NOTE, message = TOO_LONG) String reason)
      implements EventData {
    @Override
    public String remark() {
      return reason;
    }
  }

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
      @Size(max = NOTE, message = TOO_LONG) String note)
      implements EventData {
    public static final String INBOUND = "inbound";

    public boolean inbound() {
      return INBOUND.equals(direction);
    }

    @Override
    public String actor() {
      return from;
    }

    @Override
    public String addressee() {
      return to;
    }

    @Override
    public String remark() {
      return note;
    }

    @Override
    public List<String> partiesNamed() {
      return present(from, to);
    }
  }

  record EscalationRaised(
      @NotBlank @Size(max = ID, message = TOO_LONG) String by,
      @NotBlank @Size(max = ID, message = TOO_LONG) String to,
      @NotBlank @Size(max = ID, message = TOO_LONG) String channel,
      @Size(max = NOTE, message = TOO_LONG) String reason)
      implements EventData {
    @Override
    public String actor() {
      return by;
    }

    @Override
    public String addressee() {
      return to;
    }

    @Override
    public String remark() {
      return reason;
    }

    @Override
    public List<String> partiesNamed() {
      return present(by, to);
    }
  }

  record DependencyWaiting(
      @NotBlank @Size(max = ID, message = TOO_LONG) String on,
      @Size(max = NOTE, message = TOO_LONG) String reason,
      @Rfc3339(orDuration = true) String followUp)
      implements EventData {
    @Override
    public String addressee() {
      return on;
    }

    @Override
    public String remark() {
      return reason;
    }

    @Override
    public List<String> partiesNamed() {
      return present(on);
    }
  }

  record DependencyCleared(@NotBlank @Size(max = ID, message = TOO_LONG) String on)
      implements EventData {
    @Override
    public String addressee() {
      return on;
    }

    @Override
    public List<String> partiesNamed() {
      return present(on);
    }
  }

  record StaffAvailability(
      @NotBlank @Size(max = ID, message = TOO_LONG) String staff,
      @NotBlank @Pattern(regexp = "available|away", message = "must be available or away")
          String status,
      @Rfc3339 String until)
      implements EventData {
    @Override
    public List<String> partiesNamed() {
      return present(staff);
    }
  }

  private static List<String> present(String... ids) {
    return Arrays.stream(ids).filter(Objects::nonNull).toList();
  }

  /**
   * The mapper {@link #read} uses: plain Jackson, tolerant of fields the contract does not name.
   */
  final class Reader {
    private static final ObjectMapper JSON =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Reader() {}
  }
}
