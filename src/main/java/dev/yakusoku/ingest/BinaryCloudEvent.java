package dev.yakusoku.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.problems.FieldProblem;
import dev.yakusoku.problems.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CloudEvent in the HTTP binding's binary content mode: its attributes in {@code ce-*} headers
 * (percent-encoded where they are not printable ASCII), its data the body, {@code Content-Type} its
 * {@code datacontenttype}. Read as the structured event it stands for, so it is checked, stored and
 * judged as one; a problem with an attribute names its header.
 */
final class BinaryCloudEvent {
  static final String PREFIX = "ce-";
  static final String SPEC_VERSION = PREFIX + "specversion";

  /** Attributes the structured form carries at its top level, as the parser names them. */
  private static final Set<String> ATTRIBUTES =
      Set.of("id", "source", "type", "time", "subject", "specversion");

  private BinaryCloudEvent() {}

  /** Whether the request is one: it names the CloudEvents version in a header. */
  static boolean is(Map<String, List<String>> headers) {
    return headers.keySet().stream().anyMatch(SPEC_VERSION::equalsIgnoreCase);
  }

  /**
   * The structured event ({@code application/cloudevents+json}) of the headers and body.
   *
   * @param contentType the request's media type, which must be JSON: the data of every event type
   *     is a JSON object
   */
  static ObjectNode structured(
      ObjectMapper json, Map<String, List<String>> headers, String contentType, String body) {
    ObjectNode event = json.createObjectNode();
    headers.forEach(
        (name, values) -> {
          String lower = name.toLowerCase(Locale.ROOT);
          if (lower.startsWith(PREFIX) && lower.length() > PREFIX.length() && !values.isEmpty()) {
            event.put(lower.substring(PREFIX.length()), percentDecoded(asSent(values.get(0))));
          }
        });
    event.put("datacontenttype", contentType);
    JsonNode data;
    try {
      data = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          "the body is the event's data and must be JSON",
          List.of(FieldProblem.of("data", e.getOriginalMessage())));
    }
    if (data != null) {
      event.set("data", data);
    }
    return event;
  }

  /** A problem of the structured event, named as the request wrote it: header or data. */
  static InvalidInputException named(InvalidInputException e) {
    List<FieldProblem> problems =
        e.problems().stream()
            .map(
                p ->
                    ATTRIBUTES.contains(p.field())
                        ? new FieldProblem(null, PREFIX + p.field(), p.message())
                        : new FieldProblem(null, p.field(), p.message()))
            .toList();
    return new InvalidInputException(e.getMessage(), problems);
  }

  /**
   * A header value as the binding writes it: {@code %XX} sequences are UTF-8 bytes; nothing else is
   * encoded ({@code +} stays {@code +}). A {@code %} not followed by two hex digits stays.
   */
  static String percentDecoded(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
    byte[] raw = value.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
        bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * A header value as its sender wrote it: HTTP/1.1 headers arrive as ISO-8859-1, so one that sent
   * UTF-8 unencoded (as some clients do, against the binding) is read back as UTF-8 where its bytes
   * are valid UTF-8.
   */
  static String asSent(String value) {
    boolean high = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0xFF) {
        return value;
      }
      high |= c >= 0x80;
    }
    if (!high) {
      return value;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return value;
    }
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }
}
