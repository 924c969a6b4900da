package dev.yakusoku.notifications;

import dev.yakusoku.persistence.Durable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The receivers managers are told through (contract section 7). */
@ApplicationScoped
public class ReceiverService {

  /** Stores the receiver, in full; answers whether it is new. One configuration keeps: 409. */
  @Durable
  @Transactional
  public boolean put(ReceiverBody receiver) {
    ReceiverRecord record = ReceiverRecord.findById(receiver.id());
    if (record != null && record.configured) {
      throw new ConfiguredReceiverException(receiver.id());
    }
    boolean created = record == null;
    if (created) {
      record = new ReceiverRecord();
      record.id = receiver.id();
    }
    record.take(receiver);
    record.persist();
    return created;
  }

  /** Every receiver, secrets included, in id order. */
  @Transactional
  public List<ReceiverBody> all() {
    return ReceiverRecord.listInIdOrder().stream().map(ReceiverRecord::body).toList();
  }

  @Transactional
  public Optional<ReceiverBody> get(String id) {
    return ReceiverRecord.<ReceiverRecord>findByIdOptional(id).map(ReceiverRecord::body);
  }

  /** Removes the receiver; answers whether there was one. */
  @Durable
  @Transactional
  public boolean delete(String id) {
    ReceiverRecord record = ReceiverRecord.findById(id);
    if (record != null && record.configured) {
      throw new ConfiguredReceiverException(id);
    }
    return ReceiverRecord.deleteById(id);
  }
}
