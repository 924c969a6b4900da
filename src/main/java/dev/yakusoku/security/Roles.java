package dev.yakusoku.security;

/** The roles a user may hold; docs/operations.md says what each may do. */
public final class Roles {
  /** Machine clients that post events, and nothing else. */
  public static final String INGEST = "ingest";

  /** Managers: the alerts of their own teams and sub-teams. */
  public static final String MANAGER = "manager";

  /** Rule authors: rules, backtests, quality figures and scenario runs (DRL runs in-process). */
  public static final String RULE_AUTHOR = "rule-author";

  /** Administrators: the directory, and reading every alert. */
  public static final String ADMIN = "admin";

  private Roles() {}
}
