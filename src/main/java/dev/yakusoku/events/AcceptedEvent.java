package dev.yakusoku.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * One accepted event as everything after ingestion reads it: the CloudEvent's attributes with
 * {@code time} parsed and {@code data} as the payload record of its type.
 */
public record AcceptedEvent(
    String source, String id, String type, String subject, Instant time, EventData data) {

  /** An event as another replica published it: its {@code data} read by its {@code type}. */
  @JsonCreator
  static AcceptedEvent fromJson(
      @JsonProperty("source") String source,
      @JsonProperty("id") String id,
      @JsonProperty("type") String type,
      @JsonProperty("subject") String subject,
      @JsonProperty("time") Instant time,
      @JsonProperty("data") JsonNode data) {
    return new AcceptedEvent(source, id, type, subject, time, EventData.read(type, data));
  }

  /** How alerts cite the event: {@code <source>/<id>}. */
  public String ref() {
    return refOf(source, id);
  }

  /** How alerts cite the event of {@code source} with {@code id}. */
  public static String refOf(String source, String id) {
    return source.endsWith("/") ? source + id : source + "/" + id;
  }

  /** The payload, if the event is of the type that has {@code payload}. */
  public <T extends EventData> Optional<T> data(Class<T> payload) {
    return payload.isInstance(data) ? Optional.of(payload.cast(data)) : Optional.empty();
  }
}
