package dev.yakusoku.alerts;

import java.util.List;

/**
 * Hears every stored alert change managers are told of, inside the change's own transaction: what
 * it writes commits or rolls back with the change, so a notification is neither lost nor made for a
 * change that did not happen.
 */
public interface AlertChangeOutbox {
  void record(List<AlertChange> changes);
}
