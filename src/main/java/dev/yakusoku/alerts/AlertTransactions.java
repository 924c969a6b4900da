package dev.yakusoku.alerts;

import dev.yakusoku.persistence.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Runs each change to alerts in a transaction of its own and, when another transaction changed one
 * of its alerts first (the alert's {@code version} moved), runs it again on fresh state instead of
 * overwriting that change; so does a change that met a unique constraint another writer satisfied
 * first. The engine's writers try until they win; a person's act is re-applied once, then answered
 * 409.
 */
@ApplicationScoped
public class AlertTransactions {
  /** Engine-side writers replay the same judgement; a few tries outlast any burst of acts. */
  static final int ENGINE_ATTEMPTS = 5;

  /** A person's act is re-applied once on the fresh alert; losing again, they decide anew. */
  static final int PERSON_ATTEMPTS = 2;

  private static final Logger LOG = Logger.getLogger(AlertTransactions.class);

  /** A judgement of the engine (a signal, a deadline): retried until it is recorded. */
  public <T> T engineSide(Supplier<T> change) {
    return run(change, ENGINE_ATTEMPTS, lost -> lost);
  }

  /** A person's act: re-applied once on fresh state, then refused with a conflict. */
  public <T> T personsAct(Supplier<T> change) {
    return run(change, PERSON_ATTEMPTS, AlertChangedConcurrentlyException::new);
  }

  private <T> T run(
      Supplier<T> change, int attempts, Function<RuntimeException, RuntimeException> giveUp) {
    for (int attempt = 1; ; attempt++) {
      try {
        return QuarkusTransaction.requiringNew().call(change::get);
      } catch (RuntimeException e) {
        if (!lostARace(e)) {
          throw e;
        }
        if (attempt >= attempts) {
          throw giveUp.apply(e);
        }
        LOG.debugf("an alert changed under attempt %d; running it again on fresh state", attempt);
      }
    }
  }

  /**
   * Whether the failure is an optimistic-lock conflict, or a unique constraint another writer met
   * first (two replicas recording one occurrence), however the transaction wrapped it.
   */
  static boolean lostARace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return true;
      }
    }
    return UniqueViolation.causes(e);
  }
}
