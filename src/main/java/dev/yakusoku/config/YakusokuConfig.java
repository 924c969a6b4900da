package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every {@code yakusoku.*} setting, with its default; see application.properties. */
@ConfigMapping(prefix = "yakusoku")
public interface YakusokuConfig {
  Rules rules();

  Calendar calendar();

  Promises promises();

  Dependencies dependencies();

  Directory directory();

  Ingest ingest();

  Engine engine();

  Backtest backtest();

  Security security();

  Outbox outbox();

  Alerts alerts();

  Store store();

  interface Rules {
    /** The folder of DRL files the live rule set is compiled from. */
    @WithDefault("rules")
    String path();

    /** How often the folder is checked for changes; {@code off} never. */
    @WithDefault("2s")
    String watchEvery();
  }

  interface Calendar {
    @WithDefault("Asia/Tokyo")
    ZoneId zone();

    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    Set<DayOfWeek> workDays();

    @WithDefault("09:00")
    LocalTime opens();

    @WithDefault("18:00")
    LocalTime closes();

    Optional<List<LocalDate>> holidays();
  }

  interface Promises {
    @WithDefault("PT30M")
    Duration callbackWindow();

    @WithDefault("0.75")
    double atRiskShare();
  }

  interface Dependencies {
    /** ISO-8601; a day duration counts business days. */
    @WithDefault("P2D")
    String defaultFollowUp();
  }

  interface Directory {
    /** Region for phone numbers written without a country code. */
    @WithDefault("JP")
    String phoneRegion();

    /**
     * How often each replica's engines re-read the stored directory ("off" never; read by the
     * scheduler). Clustered, a change put through another replica reaches them this late.
     */
    @WithDefault("off")
    String refreshEvery();
  }

  interface Ingest {
    @WithDefault("1000")
    int maxBatch();

    /** Events waiting to be judged above which new requests are answered 503. */
    @WithDefault("20000")
    long maxBacklog();

    /** How far ahead of its event a deadline may lie: a due time, a follow-up, an absence's end. */
    @WithDefault("P365D")
    Duration horizon();

    /** How far ahead of the service's wall clock an event's {@code time} may be. */
    @WithDefault("PT5M")
    Duration maxClockSkew();

    /**
     * The most events one group commit writes: requests queued while a commit runs are written
     * together by the next, up to this many events (a request larger than this is its own group).
     */
    @WithDefault("5000")
    int groupCommitEvents();
  }

  interface Engine {
    /** How often the wall clock drives the live engine's pseudo clock (read by the scheduler). */
    @WithDefault("1s")
    String tick();

    /** Replay stored events of open matters when the service starts. */
    @WithDefault("true")
    boolean replayOnStart();

    /**
     * How long, in engine time, a call tied to no matter stays in working memory for rules to see;
     * a restart replays only calls of no matter this recent.
     */
    @WithDefault("P7D")
    Duration matterlessRetention();
  }

  interface Backtest {
    /** The longest stretch of history one backtest may replay. */
    @WithDefault("P92D")
    Duration maxRange();

    /** The most events one backtest may replay; both engines hold the range's matters in memory. */
    @WithDefault("2000000")
    long maxEvents();

    /** Events read from the log at a time. */
    @WithDefault("5000")
    int pageSize();
  }

  interface Outbox {
    /**
     * Write an outbox row per stored event and relay the rows to {@code yakusoku.events}; read when
     * the application is built (true in the cluster profile).
     */
    @WithDefault("false")
    boolean enabled();

    /** How often the relay looks for pending rows besides right after each commit (scheduler). */
    @WithDefault("1s")
    String relayEvery();

    /** Rows published per transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for a batch's acks; longer than the producer's delivery timeout. */
    @WithDefault("PT30S")
    Duration ackTimeout();

    /** Rest after a failed pass, doubled after each further failure up to {@code retry-max}. */
    @WithDefault("PT1S")
    Duration retryMin();

    @WithDefault("PT1M")
    Duration retryMax();

    /** How long a published row is kept before it is pruned. */
    @WithDefault("P7D")
    Duration keepSent();

    /** How often published rows older than {@code keep-sent} are pruned (read by the scheduler). */
    @WithDefault("1h")
    String pruneEvery();
  }

  interface Security {
    /** Requests without credentials act as the developer with every role (development only). */
    @WithDefault("false")
    boolean openDevelopmentAccess();

    /** Machine clients' API keys by client name; none by default. */
    Map<String, ApiKey> apiKeys();
  }

  /** One machine client's API key, known by its digest, and the roles it grants. */
  interface ApiKey {
    /** Hex of SHA-256 over the key, as {@code sha256sum} prints it. */
    String sha256();

    @WithDefault("ingest")
    Set<String> roles();
  }

  interface Store {
    /**
     * Force the embedded H2 file to disk after each commit that answers a client, so it survives a
     * power loss too; a commit survives a crash of the process either way. No effect on PostgreSQL.
     */
    @WithDefault("true")
    boolean syncToDisk();
  }

  interface Alerts {
    EscalateAfter escalateAfter();
  }

  /** How long an alert may stay open, unacknowledged, before it goes up the team ladder. */
  interface EscalateAfter {
    @WithDefault("PT30M")
    Duration critical();

    @WithDefault("PT4H")
    Duration warning();
  }
}
