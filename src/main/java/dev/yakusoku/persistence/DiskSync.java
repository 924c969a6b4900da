package dev.yakusoku.persistence;

import dev.yakusoku.config.StoreConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.jboss.logging.Logger;

/**
 * Makes what the embedded H2 file commits durable. At start it sets H2's {@code WRITE_DELAY} to 0,
 * so every commit is written to the file before it returns, which a crash of the process cannot
 * undo (H2's default writes commits up to half a second later); the operating system may still hold
 * the write in memory, and {@link #sync} forces the file to the disk (fsync). On PostgreSQL it does
 * nothing: the server's own {@code fsync} and {@code synchronous_commit} make a commit durable.
 */
@ApplicationScoped
public class DiskSync {
  private static final Logger LOG = Logger.getLogger(DiskSync.class);

  private final AgroalDataSource dataSource;
  private final boolean enabled;
  private volatile boolean embedded;

  public DiskSync(AgroalDataSource dataSource, StoreConfig config) {
    this.dataSource = dataSource;
    this.enabled = config.syncToDisk();
  }

  /** Before the first request: commits are written through at once. */
  void onStart(@Observes @Priority(1) StartupEvent start) {
    try (Connection connection = dataSource.getConnection()) {
      embedded = connection.isWrapperFor(JdbcConnection.class);
      if (embedded) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET WRITE_DELAY 0");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot make the embedded database write commits through: " + e.getMessage(), e);
    }
  }

  /** Forces what H2 has written to the disk; returns once the disk has it. */
  public void sync() {
    if (!enabled || !embedded) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
          && local.getDatabase().getStore() != null) {
        local.getDatabase().getStore().getMvStore().sync();
      }
    } catch (SQLException e) {
      // the commit stands and survives a crash of the process; only a power loss could undo it
      LOG.warnf("could not force the database file to disk: %s", e.getMessage());
    }
  }
}
