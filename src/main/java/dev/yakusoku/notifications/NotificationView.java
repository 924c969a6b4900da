package dev.yakusoku.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of an alert's notification log (contract section 7): which receiver was told what,
 * where it went, when (sent, or else written), how it stands and after how many attempts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationView(
    String receiver,
    String kind,
    String event,
    String to,
    String at,
    String status,
    int attempts,
    String error) {}
