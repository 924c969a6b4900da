package dev.yakusoku.cluster;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The servers the clustered tests talk to, PostgreSQL and a Kafka broker on loopback, started by
 * {@code scripts/services.sh} the first time a test of this JVM needs them, so {@code ./mvnw
 * verify} needs no set-up of its own. A broker this JVM started is stopped when the JVM exits; one
 * that was running already is left alone.
 */
public final class LocalServices implements QuarkusTestResourceLifecycleManager {
  private static final Path SCRIPT = Path.of("scripts", "services.sh");
  private static boolean started;

  /** Starts what is not running yet; idempotent within a JVM. */
  public static synchronized void ensureStarted() {
    if (started) {
      return;
    }
    boolean brokerRanAlready = run("running") == 0;
    if (run("start") != 0) {
      throw new IllegalStateException(
          "scripts/services.sh start failed; see target/services.log for what it said");
    }
    started = true;
    if (!brokerRanAlready) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> run("stop"), "stop-local-services"));
    }
  }

  private static int run(String command) {
    try {
      Path log = Path.of("target", "services.log");
      Files.createDirectories(log.getParent());
      Process process =
          new ProcessBuilder("bash", SCRIPT.toString(), command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(log.toString())))
              .start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  @Override
  public Map<String, String> start() {
    ensureStarted();
    return Map.of();
  }

  @Override
  public void stop() {
    // the servers outlive one test profile: the next clustered test class reuses them
  }
}
