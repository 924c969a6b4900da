package dev.yakusoku.support;

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
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The packaged service ({@code target/quarkus-app}, or the clustered build in {@code
 * target/cluster-app}) run as a process of its own on a free loopback port, as an operator runs it,
 * signed in to as a user of its own with every role. Integration tests only: they run after {@code
 * package}.
 */
public final class PackagedService implements AutoCloseable {
  public static final String USER = "packaged-test";

  private final String name;
  private final int port;
  private final String password;
  private final Process process;
  private final Path log;

  private PackagedService(String name, int port, String password, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.password = password;
    this.process = process;
    this.log = log;
  }

  /** The embedded build, as {@code ./mvnw package} leaves it. */
  public static String embeddedJar() {
    return System.getProperty("yakusoku.app", "target/quarkus-app/quarkus-run.jar");
  }

  /** The clustered build ({@code -Dquarkus.profile=cluster}). */
  public static String clusteredJar() {
    return System.getProperty("yakusoku.cluster-app", "target/cluster-app/quarkus-run.jar");
  }

  /**
   * Starts {@code jar} with {@code settings} as system properties, on a free port, with the shipped
   * rules, and waits until it is ready.
   */
  public static PackagedService start(
      String name, String jar, String password, Map<String, String> settings) {
    if (!new File(jar).isFile()) {
      throw new IllegalStateException(jar + " is missing: the integration tests run after package");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx512m");
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
      Path logs = Files.createDirectories(Path.of("target", "services-under-test"));
      Path log = logs.resolve(name + ".log");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      PackagedService service = new PackagedService(name, port, password, process, log);
      service.awaitReady();
      return service;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    Awaitility.await(name + " ready")
        .atMost(Duration.ofSeconds(120))
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

  /** A request to this service, signed in. */
  public RequestSpecification call() {
    return given().port(port).auth().preemptive().basic(USER, password);
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public String password() {
    return password;
  }

  /** Kills the process at once ({@code kill -9}): nothing is flushed, nobody is told. */
  public void kill() {
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
