package dev.yakusoku.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The story of STORY.md as a scenario body (contract section 6), and pieces of it. */
public final class Stories {
  public static final ObjectMapper JSON = new ObjectMapper();

  private Stories() {}

  public static ObjectNode story() {
    try (InputStream in = Stories.class.getResourceAsStream("/stories/story.json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ArrayNode events() {
    return (ArrayNode) story().get("events");
  }

  /** The story's events with the given ids, in the story's order. */
  public static ArrayNode events(String... ids) {
    ArrayNode out = JSON.createArrayNode();
    for (JsonNode e : events()) {
      for (String id : ids) {
        if (e.get("id").asText().equals(id)) {
          out.add(e.deepCopy());
        }
      }
    }
    return out;
  }

  public static ObjectNode event(String id) {
    return (ObjectNode) events(id).get(0);
  }
}
