package dev.yakusoku.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code webhook}: {@code {"event", "alert"}} as JSON (contract section 7), signed with HMAC-SHA256
 * of the body in {@code X-Yakusoku-Signature} when the receiver has a secret; {@code
 * X-Yakusoku-Delivery} names the notification, the same on every attempt, so a receiver can drop a
 * repeat.
 */
@ApplicationScoped
class WebhookSender implements Sender {
  static final String SIGNATURE = "X-Yakusoku-Signature";
  static final String DELIVERY = "X-Yakusoku-Delivery";

  private final HttpPost post;
  private final ObjectMapper json;

  WebhookSender(HttpPost post, ObjectMapper json) {
    this.post = post;
    this.json = json;
  }

  @Override
  public String kind() {
    return "webhook";
  }

  @Override
  public String send(Delivery d) throws DeliveryFailedException {
    String body = body(d);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(DELIVERY, String.valueOf(d.id()));
    if (d.receiver().secret() != null) {
      headers.put(SIGNATURE, "sha256=" + hmacSha256Hex(d.receiver().secret(), body));
    }
    return post.json(d.receiver().url(), body, headers);
  }

  private String body(Delivery d) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", d.event());
    body.put("alert", d.alert());
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an alert always writes as JSON", e);
    }
  }

  static String hmacSha256Hex(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }
}
