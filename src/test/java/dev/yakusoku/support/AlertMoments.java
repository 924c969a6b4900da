package dev.yakusoku.support;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Events beyond the story that push matter M-1 into a broken promise or a second escalation. */
public final class AlertMoments {
  private AlertMoments() {}

  /** A fresh service with the story's directory, its first events and promise P-9 made. */
  public static void hourPromiseMadeOnAFreshService(LiveService live) {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
    live.postStoryEvents("e1", "e2", "e3");
    live.post(hourPromise());
  }

  /** Promise P-9 on M-1 at 10:03, to reply within an hour: at risk at 10:48, broken at 11:03. */
  public static ObjectNode hourPromise() {
    ObjectNode promise = Stories.event("e3");
    promise.put("id", "e3-p9");
    ObjectNode data = (ObjectNode) promise.get("data");
    data.put("promiseId", "P-9");
    data.put("kind", "reply");
    data.remove("by");
    data.put("within", "PT1H");
    return promise;
  }

  /** The client presses M-1 again by chat at {@code time}. */
  public static ObjectNode clientPressesAgain(String id, String time) {
    ObjectNode again = Stories.event("e2");
    again.put("id", id);
    again.put("time", time);
    return again;
  }
}
