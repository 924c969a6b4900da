package dev.yakusoku.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

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

  /** Puts the story's teams and parties through the directory API, each call made by {@code as}. */
  public static void putDirectory(Supplier<RequestSpecification> as) {
    JsonNode story = story();
    for (JsonNode team : story.get("teams")) {
      put(as, "/api/v1/teams/" + team.get("id").asText(), team);
    }
    for (JsonNode party : story.get("parties")) {
      put(as, "/api/v1/parties/" + party.get("id").asText(), party);
    }
  }

  private static void put(Supplier<RequestSpecification> as, String path, JsonNode body) {
    as.get().contentType(ContentType.JSON).body(body.toString()).put(path).then().statusCode(201);
  }
}
