package dev.yakusoku.config;

/**
 * How this build runs: on its embedded defaults (one process, in-process channels) or clustered
 * (PostgreSQL, Kafka, the outbox). The {@code cluster} profile chosen when the application is built
 * is the one switch; beans of either side say so with {@code @IfBuildProfile(CLUSTER_PROFILE)} or
 * {@code @UnlessBuildProfile(CLUSTER_PROFILE)}.
 */
public enum Deployment {
  EMBEDDED,
  CLUSTERED;

  public static final String CLUSTER_PROFILE = "cluster";

  public boolean clustered() {
    return this == CLUSTERED;
  }
}
