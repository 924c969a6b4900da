package dev.yakusoku.cluster;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * One replica of the packaged clustered service ({@code target/cluster-app}), run as a process of
 * its own on a free loopback port, signed in to as a user of its own with every role.
 */
final class Replica implements AutoCloseable {
  static final String USER = "replica-test";

  private final String name;
  private final int port;
  private final String password;
  private final Process process;
  private final Path log;

  private Replica(String name, int port, String password, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.password = password;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts a replica with {@code settings} on top of the cluster profile, and waits until ready.
   */
  static Replica start(String name, String password, Map<String, String> settings) {
    String jar = System.getProperty("yakusoku.cluster-app", "target/cluster-app/quarkus-run.jar");
    if (!new File(jar).isFile()) {
      throw new IllegalStateException(jar + " is missing: the integration tests run after package");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx512m");
    command.add("-Dquarkus.profile=cluster");
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.security.users.embedded.plain-text=true");
    command.add("-Dquarkus.security.users.embedded.users." + USER + "=" + password);
    command.add(
        "-Dquarkus.security.users.embedded.roles." + USER + "=ingest,manager,rule-author,admin");
    command.add("-Dyakusoku.rules.path=" + System.getProperty("yakusoku.rules", "rules"));
    command.add("-Dyakusoku.rules.watch-every=off");
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar);
    try {
      Path logs = Files.createDirectories(Path.of("target", "replicas"));
      Path log = logs.resolve(name + ".log");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      Replica replica = new Replica(name, port, password, process, log);
      replica.awaitReady();
      return replica;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    Awaitility.await(name + " ready")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
              }
              return given().port(port).get("/q/health/ready").statusCode() == 200;
            });
  }

  /** A request to this replica, signed in. */
  RequestSpecification call() {
    return given().port(port).auth().preemptive().basic(USER, password);
  }

  /** The partitions of {@code yakusoku.events} this replica's engines judge now. */
  Set<Integer> partitions() {
    String listed =
        given()
            .port(port)
            .get("/q/health/ready")
            .then()
            .extract()
            .path("checks.find { it.name == 'rule-set' }.data.partitions");
    Set<Integer> partitions = new TreeSet<>();
    for (String p : listed.replaceAll("[\\[\\] ]", "").split(",")) {
      if (!p.isEmpty()) {
        partitions.add(Integer.parseInt(p));
      }
    }
    return partitions;
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  /** Kills the process at once, as a node failure would: no goodbye to the consumer group. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
