package dev.yakusoku.alerts;

/**
 * Where stored alert changes are announced, so every replica's live stream hears of them: an
 * in-process channel on embedded defaults, the topic {@code yakusoku.alerts} clustered.
 */
public interface AlertChanges {
  void publish(AlertView alert);
}
