package dev.yakusoku.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One accepted event as everything after ingestion reads it: the CloudEvent's attributes with
 * {@code time} parsed and {@code data} left as JSON for the translator of its type.
 */
public record AcceptedEvent(
    String source, String id, String type, String subject, Instant time, JsonNode data) {

  /** How alerts cite the event: {@code <source>/<id>}. */
  public String ref() {
    return refOf(source, id);
  }

  /** How alerts cite the event of {@code source} with {@code id}. */
  public static String refOf(String source, String id) {
    return source.endsWith("/") ? source + id : source + "/" + id;
  }

  public String text(String field) {
    JsonNode node = data == null ? null : data.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  public boolean flag(String field) {
    JsonNode node = data == null ? null : data.get(field);
    return node != null && node.asBoolean(false);
  }
}
