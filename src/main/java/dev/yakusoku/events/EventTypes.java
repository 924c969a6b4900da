package dev.yakusoku.events;

import java.util.Set;

/** The event types of contract section 1. */
public final class EventTypes {
  public static final String MATTER_OPENED = "matter.opened";
  public static final String MATTER_ASSIGNED = "matter.assigned";
  public static final String MATTER_RESOLVED = "matter.resolved";
  public static final String PROMISE_MADE = "promise.made";
  public static final String PROMISE_WITHDRAWN = "promise.withdrawn";
  public static final String CONTACT_LOGGED = "contact.logged";
  public static final String ESCALATION_RAISED = "escalation.raised";
  public static final String DEPENDENCY_WAITING = "dependency.waiting";
  public static final String DEPENDENCY_CLEARED = "dependency.cleared";
  public static final String STAFF_AVAILABILITY = "staff.availability";

  public static final Set<String> ALL =
      Set.of(
          MATTER_OPENED,
          MATTER_ASSIGNED,
          MATTER_RESOLVED,
          PROMISE_MADE,
          PROMISE_WITHDRAWN,
          CONTACT_LOGGED,
          ESCALATION_RAISED,
          DEPENDENCY_WAITING,
          DEPENDENCY_CLEARED,
          STAFF_AVAILABILITY);

  /** Types that need no {@code subject}: contacts may be tied by identity resolution. */
  public static final Set<String> SUBJECT_OPTIONAL = Set.of(CONTACT_LOGGED, STAFF_AVAILABILITY);

  private EventTypes() {}
}
