package dev.yakusoku.cluster;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft broker of its own on free loopback ports, from the jars scripts/services.sh
 * fetched, so a test can stop and start it without touching the shared broker on 127.0.0.1:9092.
 * The service under test is pointed at it ({@code kafka.bootstrap.servers}); its data survives a
 * stop, as a real broker's would.
 */
public class SecondKafkaBroker implements QuarkusTestResourceLifecycleManager {
  private static final Duration STARTUP = Duration.ofSeconds(120);
  private static volatile SecondKafkaBroker running;

  private Path dir;
  private int port;
  private Process process;

  /** The broker of the test profile that started it. */
  static SecondKafkaBroker running() {
    return running;
  }

  @Override
  public Map<String, String> start() {
    // PostgreSQL, and the broker's jars, which scripts/services.sh fetches
    LocalServices.ensureStarted();
    try {
      dir = Files.createTempDirectory("yakusoku-second-broker");
      port = freePort();
      writeConfig(freePort());
      java(
              "kafka.tools.StorageTool",
              "format",
              "--standalone",
              "-t",
              Uuid.randomUuid().toString(),
              "-c",
              config().toString())
          .redirectOutput(dir.resolve("format.log").toFile())
          .redirectErrorStream(true)
          .start()
          .waitFor(60, TimeUnit.SECONDS);
      startBroker();
      createTopic(TopicReader.EVENTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    running = this;
    return Map.of("kafka.bootstrap.servers", bootstrapServers());
  }

  @Override
  public void stop() {
    stopBroker();
    running = null;
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Starts the broker and waits until it serves. */
  void startBroker() throws IOException, InterruptedException {
    Path log = dir.resolve("server.log");
    process =
        java("kafka.Kafka", config().toString())
            .redirectOutput(log.toFile())
            .redirectErrorStream(true)
            .start();
    Instant deadline = Instant.now().plus(STARTUP);
    while (!Files.readString(log).contains("Kafka Server started")) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "the second broker did not start:\n" + Files.readString(log));
      }
      Thread.sleep(200);
    }
  }

  /** Stops the broker as an operator would, and waits until it is gone. */
  void stopBroker() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void createTopic(String topic) throws InterruptedException {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
      admin
          .createTopics(List.of(new NewTopic(topic, 3, (short) 1)))
          .all()
          .get(60, TimeUnit.SECONDS);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("could not create " + topic, e);
    }
  }

  private void writeConfig(int controllerPort) throws IOException {
    Files.writeString(
        config(),
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "inter.broker.listener.name=PLAINTEXT",
            "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
            "log.dirs=" + dir.resolve("data"),
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            ""));
    Files.writeString(
        dir.resolve("log4j2.properties"),
        String.join(
            "\n",
            "rootLogger.level=INFO",
            "rootLogger.appenderRef.console.ref=CONSOLE",
            "appender.console.type=Console",
            "appender.console.name=CONSOLE",
            "appender.console.layout.type=PatternLayout",
            "appender.console.layout.pattern=[%d] %p %m (%c)%n",
            ""));
  }

  private Path config() {
    return dir.resolve("server.properties");
  }

  private ProcessBuilder java(String... mainAndArgs) {
    Path libs = kafkaLibs();
    if (!Files.isRegularFile(libs.resolve(".complete"))) {
      throw new IllegalStateException(
          "no Kafka jars in " + libs + "; scripts/services.sh start fetches them");
    }
    List<String> command =
        Stream.concat(
                Stream.of(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms128m",
                    "-Xmx384m",
                    "-cp",
                    libs + "/*",
                    "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties")),
                Stream.of(mainAndArgs))
            .toList();
    return new ProcessBuilder(command);
  }

  /** Where scripts/services.sh keeps the Kafka jars. */
  private static Path kafkaLibs() {
    String services = System.getenv("YAKUSOKU_SERVICES_DIR");
    if (services == null) {
      String cache = System.getenv("XDG_CACHE_HOME");
      services =
          (cache != null ? cache : System.getProperty("user.home") + "/.cache") + "/yakusoku";
    }
    return Paths.get(services, "kafka", "libs");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
