package dev.yakusoku.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One accepted event as the engine reads it: the CloudEvent's attributes with {@code time} parsed
 * and {@code data} left as JSON for the translator of its type.
 */
public record EngineEvent(
    String source, String id, String type, String subject, Instant time, JsonNode data) {

  /** How alerts cite the event: {@code <source>/<id>}. */
  public String ref() {
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
