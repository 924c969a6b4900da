package dev.yakusoku.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yakusoku.directory.CallerClues;
import dev.yakusoku.facts.Contact;
import java.time.Instant;

/**
 * One accepted event as the engine reads it: the CloudEvent's attributes with {@code time} parsed
 * and {@code data} left as JSON for the translator of its type.
 */
public record EngineEvent(
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

  /**
   * What identity resolution goes by for a {@code contact.logged}: the caller's clues when inbound,
   * the party called when outbound.
   */
  public CallerClues callerClues() {
    return Contact.INBOUND.equals(text("direction"))
        ? new CallerClues(text("from"), text("callerPhone"), text("callerName"), text("askedFor"))
        : new CallerClues(text("to"), null, null, null);
  }
}
