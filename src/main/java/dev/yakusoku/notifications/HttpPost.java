package dev.yakusoku.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Posts JSON to a receiver's URL; any answer but a 2xx is a failed delivery. */
@ApplicationScoped
class HttpPost {
  private final HttpClient client;
  private final NotificationsConfig config;
  private final ObjectMapper json;

  HttpPost(NotificationsConfig config, ObjectMapper json) {
    this.config = config;
    this.json = json;
    this.client = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
  }

  /** Posts {@code body} with {@code headers}; answers the host it went to. */
  String json(String url, String body, Map<String, String> headers) throws DeliveryFailedException {
    URI uri = URI.create(url);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryFailedException(uri.getHost() + " could not be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailedException("interrupted while posting to " + uri.getHost(), e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new DeliveryFailedException(
          uri.getHost() + " answered HTTP " + response.statusCode() + excerpt(response.body()));
    }
    return uri.getHost();
  }

  /** Posts {@code body} written as JSON; answers the host it went to. */
  String asJson(String url, Object body, Map<String, String> headers)
      throws DeliveryFailedException {
    String written;
    try {
      written = json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a message of maps, lists and text always writes as JSON", e);
    }
    return json(url, written, headers);
  }

  private static String excerpt(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    return ": " + (body.length() > 200 ? body.substring(0, 200) + "..." : body);
  }
}
