package dev.yakusoku.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.support.TestClock;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.MessageWriter;
import io.cloudevents.http.HttpMessageFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CloudEvents HTTP binding's binary content mode, as the CloudEvents Java SDK writes it: the
 * attributes in {@code ce-*} headers, the data as the body. Stored and judged as the same event in
 * structured mode; a bad attribute is a problem naming its header.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest"})
class BinaryCloudEventTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TIME = "2026-11-26T10:00:00+09:00";

  private String source;
  private String matter;

  @BeforeEach
  void unique() {
    String run = UUID.randomUUID().toString();
    source = "/binary-mode/" + run;
    matter = "M-見積り-" + run.substring(0, 8);
    TestClock.reachTimesOf("{\"time\": \"" + TIME + "\"}");
  }

  @Test
  void anEventTheSdkSendsInBinaryModeIsStoredAsTheStructuredOneWouldBe() throws Exception {
    CloudEvent event =
        CloudEventBuilder.v1()
            .withId("e1")
            .withSource(URI.create(source))
            .withType("matter.opened")
            .withSubject(matter)
            .withTime(OffsetDateTime.parse(TIME))
            .withDataContentType("application/json")
            .withData(
                "{\"client\": \"c-yamada\", \"team\": \"t-ops\", \"title\": \"急ぎの見積り対応\"}"
                    .getBytes(StandardCharsets.UTF_8))
            .build();

    Sent sent = binary(event);
    assertThat(sent.headers())
        .containsKey("ce-specversion")
        .containsEntry("Content-Type", "application/json");

    post(sent).statusCode(202).body("accepted", equalTo(1)).body("duplicates", equalTo(0));
    StoredEvent stored =
        QuarkusTransaction.requiringNew()
            .call(() -> StoredEvent.<StoredEvent>find("source", source).singleResult());
    assertThat(stored.eventId).isEqualTo("e1");
    assertThat(stored.type).isEqualTo("matter.opened");
    assertThat(stored.subject)
        .as("a percent-encoded subject read back as written")
        .isEqualTo(matter);
    assertThat(stored.time).isEqualTo(OffsetDateTime.parse(TIME).toInstant());
    JsonNode data = JSON.readTree(stored.data);
    assertThat(data.get("title").asText()).isEqualTo("急ぎの見積り対応");

    // the same (source, id) again, in either mode, is a duplicate
    post(sent).statusCode(202).body("accepted", equalTo(0)).body("duplicates", equalTo(1));
    given()
        .contentType("application/cloudevents+json")
        .body(
            "{\"specversion\": \"1.0\", \"id\": \"e1\", \"source\": \""
                + source
                + "\", \"type\": \"matter.opened\", \"subject\": \"x\", \"time\": \""
                + TIME
                + "\", \"data\": {\"client\": \"c\", \"team\": \"t-ops\", \"title\": \"t\"}}")
        .post("/api/v1/events")
        .then()
        .statusCode(202)
        .body("duplicates", equalTo(1));
  }

  @Test
  void aMissingOrBadAttributeIsAProblemNamingItsHeader() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("ce-specversion", "1.0");
    headers.put("ce-source", source);
    headers.put("ce-type", "matter.shredded");
    headers.put("ce-time", TIME);
    Sent sent =
        new Sent(headers, "{\"client\": \"c\", \"team\": \"t-ops\", \"title\": \"t\"}".getBytes());

    post(sent)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("ce-id"))
        .body("errors.field", hasItem("ce-type"));
    assertThat(storedCount()).isZero();
  }

  @Test
  void aBodyThatIsNotJsonDataIsAProblemNamingTheData() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("ce-specversion", "1.0");
    headers.put("ce-id", "e1");
    headers.put("ce-source", source);
    headers.put("ce-type", "matter.opened");
    headers.put("ce-subject", matter);
    headers.put("ce-time", TIME);
    post(new Sent(headers, "not json".getBytes()))
        .statusCode(400)
        .body("errors.field", hasItem("data"));
    assertThat(storedCount()).isZero();
  }

  @Test
  void headerValuesArePercentDecodedAsTheBindingWritesThem() {
    assertThat(BinaryCloudEvent.percentDecoded("M-%E8%A6%8B%E7%A9%8D")).isEqualTo("M-見積");
    assertThat(BinaryCloudEvent.percentDecoded("a+b%20c")).isEqualTo("a+b c");
    assertThat(BinaryCloudEvent.percentDecoded("100%")).isEqualTo("100%");
    assertThat(BinaryCloudEvent.percentDecoded("%zz%4")).isEqualTo("%zz%4");
  }

  private static String percentEncoded(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      if (b >= 0x20 && b < 0x7F && b != '%' && b != '"') {
        out.append((char) b);
      } else {
        out.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return out.toString();
  }

  @Test
  void aValueSentAsRawUtf8IsReadBackAsWritten() {
    String wire = new String("M-見積り".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(BinaryCloudEvent.asSent(wire)).isEqualTo("M-見積り");
    assertThat(BinaryCloudEvent.asSent("café")).as("not UTF-8: kept").isEqualTo("café");
    assertThat(BinaryCloudEvent.asSent("/crm")).isEqualTo("/crm");
  }

  private record Sent(Map<String, String> headers, byte[] body) {}

  private static Sent binary(CloudEvent event) {
    Map<String, String> headers = new LinkedHashMap<>();
    AtomicReference<byte[]> body = new AtomicReference<>();
    MessageWriter<?, ?> writer = HttpMessageFactory.createWriter(headers::put, body::set);
    writer.writeBinary(event);
    // the binding has a transport percent-encode what is not printable ASCII; the SDK leaves it
    headers.replaceAll((name, value) -> percentEncoded(value));
    return new Sent(headers, body.get());
  }

  private static ValidatableResponse post(Sent sent) {
    var request = given();
    sent.headers().forEach(request::header);
    return request.body(sent.body()).post("/api/v1/events").then().log().ifValidationFails();
  }

  private long storedCount() {
    return QuarkusTransaction.requiringNew().call(() -> StoredEvent.count("source", source));
  }
}
