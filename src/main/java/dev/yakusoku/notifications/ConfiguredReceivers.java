package dev.yakusoku.notifications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Puts the receivers of {@code yakusoku.notifications.receivers.*} in place at start, checked as
 * the API checks a receiver (a bad one stops the start, naming the setting), and removes those the
 * configuration no longer names. Replicas starting together put the same receivers: whichever
 * writes last writes the same thing.
 */
@ApplicationScoped
class ConfiguredReceivers {
  private static final Logger LOG = Logger.getLogger(ConfiguredReceivers.class);
  static final String PREFIX = "yakusoku.notifications.receivers.";

  private final NotificationsConfig config;
  private final Validator validator;

  ConfiguredReceivers(NotificationsConfig config, Validator validator) {
    this.config = config;
    this.validator = validator;
  }

  void onStart(@Observes @Priority(10) StartupEvent event) {
    List<ReceiverBody> receivers = checked();
    try {
      QuarkusTransaction.requiringNew().run(() -> putInPlace(receivers));
    } catch (PersistenceException e) {
      // another replica inserted one of them first; now they are there to be updated
      QuarkusTransaction.requiringNew().run(() -> putInPlace(receivers));
    }
    if (!receivers.isEmpty()) {
      LOG.infof(
          "receivers from configuration: %s",
          receivers.stream().map(ReceiverBody::id).collect(Collectors.joining(", ")));
    }
  }

  /** The configured receivers as the API would take them; a bad one stops the start. */
  List<ReceiverBody> checked() {
    Map<String, NotificationsConfig.ConfiguredReceiver> configured =
        new TreeMap<>(config.receivers());
    List<ReceiverBody> receivers =
        configured.entrySet().stream().map(e -> body(e.getKey(), e.getValue())).toList();
    List<String> problems =
        receivers.stream()
            .flatMap(
                r ->
                    validator.validate(r).stream()
                        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                        .map(v -> PREFIX + r.id() + "." + setting(v) + " " + v.getMessage()))
            .toList();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "receivers in configuration break the contract: " + String.join("; ", problems));
    }
    return receivers;
  }

  private static void putInPlace(List<ReceiverBody> receivers) {
    Set<String> ids = receivers.stream().map(ReceiverBody::id).collect(Collectors.toSet());
    for (ReceiverRecord gone : ReceiverRecord.configured()) {
      if (!ids.contains(gone.id)) {
        gone.delete();
      }
    }
    for (ReceiverBody receiver : receivers) {
      ReceiverRecord record = ReceiverRecord.findById(receiver.id());
      if (record == null) {
        record = new ReceiverRecord();
        record.id = receiver.id();
      }
      record.take(receiver);
      record.configured = true;
      record.persist();
    }
    ReceiverRecord.flush();
  }

  private static ReceiverBody body(String id, NotificationsConfig.ConfiguredReceiver r) {
    return new ReceiverBody(
        id,
        r.kind(),
        r.teams(),
        r.severities(),
        r.types().orElse(null),
        r.url().orElse(null),
        r.to().orElse(null),
        r.routingKey().orElse(null),
        r.secret().orElse(null),
        r.workingHoursOnly(),
        r.digest());
  }

  /** The setting a violation is of: {@code routingKey} is {@code routing-key}, and so on. */
  private static String setting(ConstraintViolation<ReceiverBody> v) {
    String path = v.getPropertyPath().toString().replaceAll("\\[\\d*]\\.<list element>", "");
    String field = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
    field = field.replaceAll("\\[.*", "");
    return switch (field) {
      case "routingKey" -> "routing-key";
      case "workingHoursOnly" -> "working-hours-only";
      default -> field;
    };
  }
}
