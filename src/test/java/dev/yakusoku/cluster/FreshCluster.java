package dev.yakusoku.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * For tests that run the packaged clustered service as processes: the servers of
 * scripts/services.sh started, an empty database, and topics and a consumer group of the test's
 * own, so nothing an earlier run left reaches its replicas.
 */
final class FreshCluster {
  static final String JDBC = "jdbc:postgresql://127.0.0.1:5432/yakusoku";
  static final String BROKER = "127.0.0.1:9092";

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  /** Starts the servers if needed, empties the database and creates this run's topics. */
  static FreshCluster create() throws SQLException, ExecutionException, InterruptedException {
    LocalServices.ensureStarted();
    try (Connection c = DriverManager.getConnection(JDBC, "yakusoku", "yakusoku");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
    FreshCluster cluster = new FreshCluster();
    Properties admin = new Properties();
    admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER);
    try (Admin kafka = Admin.create(admin)) {
      int partitions = ClusterProfile.TOPIC_PARTITIONS;
      kafka
          .createTopics(
              List.of(
                  new NewTopic(cluster.eventsTopic(), partitions, (short) 1),
                  new NewTopic(cluster.alertsTopic(), partitions, (short) 1)))
          .all()
          .get();
    }
    return cluster;
  }

  String run() {
    return run;
  }

  String eventsTopic() {
    return "yakusoku.events.it-" + run;
  }

  String alertsTopic() {
    return "yakusoku.alerts.it-" + run;
  }

  /** The settings that put a replica on this run's topics and consumer group. */
  Map<String, String> replicaSettings() {
    Map<String, String> settings =
        new HashMap<>(ClusterProfile.topics(eventsTopic(), alertsTopic()));
    settings.put("mp.messaging.incoming.engine-events.group.id", "yakusoku-engines-it-" + run);
    return settings;
  }
}
