package dev.yakusoku.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.config.IngestConfig;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventData;
import dev.yakusoku.events.EventTypes;
import dev.yakusoku.problems.Bounds;
import dev.yakusoku.problems.FieldProblem;
import dev.yakusoku.problems.InvalidInputException;
import dev.yakusoku.problems.PayloadTooLargeException;
import dev.yakusoku.problems.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads CloudEvents JSON (one event or a batch) into engine events, naming every bad event by its
 * index and field. A request with one bad event is rejected whole.
 */
@ApplicationScoped
public class EventParser {
  static final String SPEC_VERSION = "1.0";

  private final ObjectMapper json;
  private final Validator validator;
  private final int maxBatch;
  private final Horizon horizon;
  private final Duration maxClockSkew;
  private final Clock wallClock;

  public EventParser(
      ObjectMapper json,
      Validator validator,
      IngestConfig config,
      BusinessCalendar calendar,
      Clock wallClock) {
    this.json =
        json.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // "[...] and then some" is not JSON: never accept a body for its valid prefix.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.validator = validator;
    this.maxBatch = config.maxBatch();
    this.horizon = new Horizon(config.horizon(), calendar);
    this.maxClockSkew = config.maxClockSkew();
    this.wallClock = wallClock;
  }

  /** What a media type carries: one event, a batch, or either. */
  public enum Shape {
    ONE,
    BATCH,
    EITHER
  }

  /**
   * Events posted to be stored: within every bound of contract section 1, their {@code time} at
   * most {@code yakusoku.ingest.max-clock-skew} ahead of the wall clock.
   *
   * @param body the request body
   * @param shape what the media type allows
   * @param specVersionRequired whether {@code specversion} must be present (CloudEvents media
   *     types)
   */
  public List<AcceptedEvent> parseArriving(String body, Shape shape, boolean specVersionRequired) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          "the body is not JSON", List.of(FieldProblem.of("body", e.getOriginalMessage())));
    }
    return parse(root, shape, specVersionRequired, wallClock.instant().plus(maxClockSkew));
  }

  /** As {@link #parseArriving(String, Shape, boolean)}, of a body already read as JSON. */
  public List<AcceptedEvent> parseArriving(
      JsonNode root, Shape shape, boolean specVersionRequired) {
    return parse(root, shape, specVersionRequired, wallClock.instant().plus(maxClockSkew));
  }

  /**
   * Events of a scenario or a rule test, which are never stored: the same bounds, except that their
   * {@code time} may lie anywhere, as a rule author imagines it.
   */
  public List<AcceptedEvent> parse(JsonNode root, Shape shape, boolean specVersionRequired) {
    return parse(root, shape, specVersionRequired, null);
  }

  private List<AcceptedEvent> parse(
      JsonNode root, Shape shape, boolean specVersionRequired, Instant latestTime) {
    if (root == null || !(root.isObject() || root.isArray())) {
      throw new InvalidInputException(
          "the body is not an event",
          List.of(FieldProblem.of("body", "must be an event or an array of events")));
    }
    if (root.isArray() && shape == Shape.ONE) {
      throw new InvalidInputException(
          "this media type carries one event",
          List.of(FieldProblem.of("body", "must be one event, not an array")));
    }
    if (!root.isArray() && shape == Shape.BATCH) {
      throw new InvalidInputException(
          "this media type carries a batch",
          List.of(FieldProblem.of("body", "must be an array of events")));
    }
    List<JsonNode> nodes = new ArrayList<>();
    (root.isArray() ? root : json.createArrayNode().add(root)).forEach(nodes::add);
    if (nodes.size() > maxBatch) {
      throw new PayloadTooLargeException(
          "a batch holds at most " + maxBatch + " events; this one has " + nodes.size());
    }
    if (nodes.isEmpty()) {
      throw new InvalidInputException(
          "the batch is empty", List.of(FieldProblem.of("body", "must hold at least one event")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    List<AcceptedEvent> events = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      List<FieldProblem> eventProblems = new ArrayList<>();
      AcceptedEvent event = read(i, nodes.get(i), specVersionRequired, latestTime, eventProblems);
      problems.addAll(eventProblems);
      if (eventProblems.isEmpty()) {
        events.add(event);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(summary(problems), problems);
    }
    return events;
  }

  private AcceptedEvent read(
      int index,
      JsonNode node,
      boolean specVersionRequired,
      Instant latestTime,
      List<FieldProblem> problems) {
    if (!node.isObject()) {
      problems.add(new FieldProblem(index, "event", "must be a JSON object"));
      return null;
    }
    int size = sizeOf(node);
    if (size > Bounds.EVENT_BYTES) {
      problems.add(
          new FieldProblem(
              index,
              "event",
              "must be at most " + Bounds.EVENT_BYTES + " bytes of JSON; it has " + size));
      return null;
    }
    String id = bounded(index, "id", required(index, node, "id", problems), problems);
    String source = bounded(index, "source", required(index, node, "source", problems), problems);
    String type = required(index, node, "type", problems);
    String time = required(index, node, "time", problems);
    String subject = bounded(index, "subject", text(node, "subject"), problems);
    String specVersion = text(node, "specversion");
    if (specVersion == null && specVersionRequired) {
      problems.add(
          new FieldProblem(index, "specversion", "is required for CloudEvents media types"));
    } else if (specVersion != null && !SPEC_VERSION.equals(specVersion)) {
      problems.add(new FieldProblem(index, "specversion", "must be 1.0"));
    }
    if (type != null && !EventTypes.ALL.contains(type)) {
      problems.add(
          new FieldProblem(
              index, "type", "must be one of " + EventTypes.ALL.stream().sorted().toList()));
      type = null;
    }
    // the log keeps microseconds (both databases do), so the engine judges what a replay reads back
    Instant at =
        time == null
            ? null
            : Timestamps.parse(time)
                .map(t -> t.toInstant().truncatedTo(ChronoUnit.MICROS))
                .orElse(null);
    if (time != null && at == null) {
      problems.add(new FieldProblem(index, "time", Timestamps.NOT_RFC_3339));
    } else if (at != null && latestTime != null && at.isAfter(latestTime)) {
      problems.add(
          new FieldProblem(
              index,
              "time",
              "must be at most "
                  + maxClockSkew
                  + " ahead of the service's clock, which reads "
                  + wallClock.instant()));
    }
    if (type != null && subject == null && !EventTypes.SUBJECT_OPTIONAL.contains(type)) {
      problems.add(new FieldProblem(index, "subject", "is required: the matter id"));
    }
    if (subject != null && subject.isBlank()) {
      problems.add(new FieldProblem(index, "subject", "must not be blank"));
    }
    JsonNode data = node.get("data");
    EventData payload = null;
    if (data == null || !data.isObject()) {
      problems.add(new FieldProblem(index, "data", "is required: a JSON object"));
    } else if (type != null) {
      payload = validData(index, type, data, at, problems);
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new AcceptedEvent(source, id, type, subject, at, payload);
  }

  private int sizeOf(JsonNode node) {
    try {
      return json.writeValueAsBytes(node).length;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("parsed JSON always writes back", e);
    }
  }

  private static String bounded(
      int index, String field, String value, List<FieldProblem> problems) {
    String tooLong = Bounds.tooLong(value, Bounds.ID);
    if (tooLong != null) {
      problems.add(new FieldProblem(index, field, tooLong));
    }
    return value;
  }

  /** The payload of {@code type} read from {@code data}, or null with the problems it has. */
  private EventData validData(
      int index, String type, JsonNode data, Instant time, List<FieldProblem> problems) {
    EventData typed;
    try {
      typed = json.treeToValue(data, EventData.BY_TYPE.get(type));
    } catch (JsonMappingException e) {
      String field =
          e.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."));
      problems.add(new FieldProblem(index, "data." + field, "has the wrong JSON type"));
      return null;
    } catch (JsonProcessingException e) {
      problems.add(new FieldProblem(index, "data", e.getOriginalMessage()));
      return null;
    }
    List<FieldProblem> invalid =
        validator.validate(typed).stream()
            .sorted(
                Comparator.comparing(
                    (ConstraintViolation<EventData> v) -> v.getPropertyPath().toString()))
            .map(v -> new FieldProblem(index, "data." + v.getPropertyPath(), v.getMessage()))
            .toList();
    problems.addAll(invalid);
    if (invalid.isEmpty() && time != null) {
      deadlinesWithinHorizon(index, typed, time, problems);
    }
    return invalid.isEmpty() ? typed : null;
  }

  /** Deadlines an event sets lie at most the horizon after the event. */
  private void deadlinesWithinHorizon(
      int index, EventData typed, Instant time, List<FieldProblem> problems) {
    if (typed instanceof EventData.PromiseMade p) {
      timestampWithin(index, "data.due", p.due(), time, problems);
      durationWithin(index, "data.within", p.within(), time, problems);
    } else if (typed instanceof EventData.DependencyWaiting w) {
      if (w.followUp() != null && w.followUp().startsWith("P")) {
        durationWithin(index, "data.followUp", w.followUp(), time, problems);
      } else {
        timestampWithin(index, "data.followUp", w.followUp(), time, problems);
      }
    } else if (typed instanceof EventData.StaffAvailability a) {
      timestampWithin(index, "data.until", a.until(), time, problems);
    }
  }

  private void timestampWithin(
      int index, String field, String value, Instant time, List<FieldProblem> problems) {
    if (value != null
        && Timestamps.parse(value).filter(t -> horizon.admits(time, t.toInstant())).isEmpty()) {
      problems.add(new FieldProblem(index, field, beyondHorizon()));
    }
  }

  private void durationWithin(
      int index, String field, String value, Instant time, List<FieldProblem> problems) {
    if (value != null && horizon.deadline(time, value).isEmpty()) {
      problems.add(new FieldProblem(index, field, beyondHorizon()));
    }
  }

  private String beyondHorizon() {
    return "must end at most " + horizon.length() + " after the event's time";
  }

  private static String required(
      int index, JsonNode node, String field, List<FieldProblem> problems) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      problems.add(new FieldProblem(index, field, "is required"));
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      problems.add(new FieldProblem(index, field, "must be a non-blank string"));
      return null;
    }
    return value.asText();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String summary(List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> "event " + p.index() + " " + p.field() + " " + p.message())
        .collect(Collectors.joining("; "));
  }
}
