package dev.yakusoku.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clustered service on a broker of its own ({@link SecondKafkaBroker}) that the test stops and
 * starts. The producer gives up on a record after 3 s, so an outage outlasts it and the relay must
 * publish again, and the relay retries at least every two seconds.
 */
public class BrokerOutageProfile extends ClusterProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
    // a broker of its own, fresh: the usual topic names
    overrides.putAll(topics(TopicReader.EVENTS, "yakusoku.alerts"));
    overrides.put("yakusoku.outbox.retry-max", "PT2S");
    overrides.put("yakusoku.outbox.ack-timeout", "PT10S");
    overrides.put("mp.messaging.outgoing.published-events.delivery.timeout.ms", "3000");
    overrides.put("mp.messaging.outgoing.published-events.request.timeout.ms", "2000");
    overrides.put("mp.messaging.outgoing.published-events.max.block.ms", "2000");
    return overrides;
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(
        new TestResourceEntry(LocalServices.class), new TestResourceEntry(SecondKafkaBroker.class));
  }
}
