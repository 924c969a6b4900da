package dev.yakusoku.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.yakusoku.events.EventData.ContactLogged;
import dev.yakusoku.events.EventData.MatterOpened;
import dev.yakusoku.events.EventData.PromiseMade;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventDataTest {
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void everyEventTypeHasAPayloadRecord() {
    assertThat(EventData.BY_TYPE.keySet()).isEqualTo(EventTypes.ALL);
  }

  @Test
  void aPayloadIsReadByTheTypeOfItsEventAndIgnoresFieldsTheContractDoesNotName() throws Exception {
    EventData data =
        EventData.read(
            EventTypes.MATTER_OPENED,
            json.readTree(
                "{\"client\":\"c-1\",\"team\":\"t-1\",\"title\":\"見積り\",\"urgent\":true,"
                    + "\"colour\":\"red\"}"));

    assertThat(data).isEqualTo(new MatterOpened("c-1", null, "t-1", null, "見積り", true));
    assertThat(((MatterOpened) data).flaggedUrgent()).isTrue();
  }

  @Test
  void aPayloadOfAnotherShapeIsRefused() throws Exception {
    assertThatThrownBy(
            () ->
                EventData.read(
                    EventTypes.MATTER_OPENED, json.readTree("{\"urgent\":{\"very\":true}}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("matter.opened");
  }

  @Test
  void anEventWrittenAsJsonReadsBackWithTheSamePayloadAndWritesNoAbsentField() throws Exception {
    AcceptedEvent event =
        new AcceptedEvent(
            "/crm",
            "e-1",
            EventTypes.CONTACT_LOGGED,
            null,
            Instant.parse("2026-11-26T01:12:00Z"),
            new ContactLogged(
                "main-line",
                "inbound",
                null,
                "s-nakamura",
                null,
                "09012345678",
                "ねーさん",
                "reached",
                null));

    String written = json.writeValueAsString(event);

    assertThat(json.readTree(written).get("data").fieldNames())
        .toIterable()
        .containsExactly("channel", "direction", "to", "callerPhone", "askedFor", "outcome");
    assertThat(json.readValue(written, AcceptedEvent.class)).isEqualTo(event);
  }

  @Test
  void aPromiseReachesTheOneItWasMadeToUnlessItNamesATargetAndIsNoReply() {
    PromiseMade contact =
        new PromiseMade(
            "P-1",
            "s-ikumi",
            "c-yamada",
            "s-aoi",
            "u-suzuki",
            "contact",
            null,
            null,
            PromiseMade.END_OF_DAY);
    PromiseMade reply =
        new PromiseMade(
            "P-2", "s-ikumi", "c-yamada", null, "u-suzuki", "reply", null, "PT2H", null);
    PromiseMade untargeted =
        new PromiseMade("P-3", "s-ikumi", "c-yamada", null, null, "callback", null, "P1D", null);

    assertThat(contact.reaches()).isEqualTo("u-suzuki");
    assertThat(reply.reaches()).isEqualTo("c-yamada");
    assertThat(untargeted.reaches()).isEqualTo("c-yamada");
    assertThat(contact.terms()).isEqualTo("end-of-day");
    assertThat(reply.elapsedWindow()).isTrue();
    assertThat(untargeted.elapsedWindow()).isFalse();
    assertThat(contact.actor()).isEqualTo("s-ikumi");
    assertThat(contact.partiesNamed()).containsExactly("s-ikumi", "c-yamada", "s-aoi", "u-suzuki");
  }
}
