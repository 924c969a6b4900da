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
 * repeat. A receiver with {@code digest} is posted its teams' daily digests too, {@code {"event":
 * "digest", ...}}.
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", d.event());
    body.put("alert", d.alert());
    return post(d, body);
  }

  @Override
  public boolean sendsDigests() {
    return true;
  }

  /**
   * {@code {"event": "digest", "team", "day", "zone", "since", "until", "counts", "open", "raised",
   * "resolved"}}, the lists of alerts as the API answers them; signed as every other post.
   */
  @Override
  public String sendDigest(Delivery d) throws DeliveryFailedException {
    Digest digest = d.digest();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", d.event());
    body.put("team", digest.team());
    body.put("day", digest.day());
    body.put("zone", digest.zone());
    body.put("since", digest.since());
    body.put("until", digest.until());
    body.put("counts", digest.counts());
    body.put("open", digest.open());
    body.put("raised", digest.raised());
    body.put("resolved", digest.resolved());
    return post(d, body);
  }

  private String post(Delivery d, Map<String, Object> content) throws DeliveryFailedException {
    String body;
    try {
      body = json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a webhook body always writes as JSON", e);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(DELIVERY, String.valueOf(d.id()));
    if (d.receiver().secret() != null) {
      headers.put(SIGNATURE, "sha256=" + hmacSha256Hex(d.receiver().secret(), body));
    }
    return post.json(d.receiver().url(), body, headers);
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
