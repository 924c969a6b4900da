package dev.yakusoku.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free loopback port, which the service's
 * mailer is pointed at ({@code quarkus.mailer.host} and {@code port}). The port is chosen once, so
 * a test can stop the server, as an outage, and start it again where the service looks for it.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {
  private static final String HOST = "127.0.0.1";
  private static volatile GreenMail running;
  private static volatile int port;

  /** The server the running service sends to. */
  public static GreenMail running() {
    return running;
  }

  @Override
  public Map<String, String> start() {
    port = freePort();
    startAgain();
    return Map.of("quarkus.mailer.host", HOST, "quarkus.mailer.port", String.valueOf(port));
  }

  /** Starts it where it was, after {@link #outage()}; it keeps no mail of before. */
  public static synchronized void startAgain() {
    running = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
    running.start();
  }

  /** Stops it: the service finds no SMTP server until {@link #startAgain()}. */
  public static synchronized void outage() {
    running.stop();
  }

  @Override
  public void stop() {
    if (running != null) {
      running.stop();
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
