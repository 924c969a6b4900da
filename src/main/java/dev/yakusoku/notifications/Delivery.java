package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertView;

/** One notification on its way: the change, the receiver and the attempt's identity. */
record Delivery(long id, String event, AlertView alert, ReceiverBody receiver) {}
