package dev.yakusoku.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.yakusoku.alerts.AlertBacklog;
import dev.yakusoku.bench.SyntheticHistory;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.PartyRecord;
import dev.yakusoku.engine.LiveEngines;
import dev.yakusoku.engine.WallClockDriver;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.support.LiveService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database work of a request, counted rather than timed: the SQL statements prepared, the
 * entities loaded and the rows queries read while a 1,000-event request is stored, judged and its
 * alerts stored. Counted at two sizes of history, it must not grow with the log: a lookup that
 * scans what came before, or one query per event where one per request will do, fails here.
 */
@QuarkusTest
class IngestWorkTest {
  private static final int MATTERS = 1_600;
  private static final int REQUEST = 1_000;

  @Inject LiveService live;
  @Inject SessionFactory sessions;
  @Inject AlertBacklog alertBacklog;
  @Inject LiveEngines engine;

  @Inject Scheduler scheduler;

  private Statistics statistics;

  @BeforeEach
  void emptyStoreAndTheHistorysDirectory() {
    live.resetAt(SyntheticHistory.START.toString());
    List<DirectoryEntry> parties = SyntheticHistory.parties(MATTERS);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                parties.forEach(
                    p -> {
                      PartyRecord r = new PartyRecord();
                      r.id = p.id();
                      r.kind = p.kind();
                      r.name = p.name();
                      r.aliases = new ArrayList<>(p.aliases());
                      r.phones = new ArrayList<>(p.phones());
                      r.team = p.team();
                      r.persist();
                    }));
    parties.forEach(engine::putParty);
    // the engine clock follows the events alone: a tick landing while a request is on its way
    // would judge its matters by a clock past them, and the work would depend on when it landed
    scheduler.pause(WallClockDriver.JOB);
    statistics = sessions.getStatistics();
    statistics.setStatisticsEnabled(true);
  }

  @AfterEach
  void statisticsOff() {
    statistics.setStatisticsEnabled(false);
    scheduler.resume(WallClockDriver.JOB);
  }

  @Test
  void aThousandEventRequestDoesTheSameDatabaseWorkWhateverTheSizeOfTheLog() {
    List<AcceptedEvent> history = SyntheticHistory.events(MATTERS, 7);
    List<List<AcceptedEvent>> requests = new ArrayList<>();
    for (int i = 0; i + REQUEST <= history.size(); i += REQUEST) {
      requests.add(history.subList(i, i + REQUEST));
    }
    assertThat(requests).hasSizeGreaterThanOrEqualTo(14);

    requests.subList(0, 2).forEach(this::post);
    Work early = measure(requests.get(2));
    requests.subList(3, 13).forEach(this::post);
    Work late = measure(requests.get(13));

    System.out.printf("ingest work, 2,000 events stored: %s%n", early);
    System.out.printf("ingest work, 13,000 events stored: %s%n", late);
    assertThat(early.statements()).as("statistics are on").isPositive();
    assertThat(early.queries())
        .as("queries for one request: fewer than one per event (%s)", early)
        .isLessThan(REQUEST);
    assertThat(early.transactions())
        .as(
            "transactions for one request (group commit, alerts stored a step at a time): %s",
            early)
        .isLessThanOrEqualTo(10);
    assertThat(late.statements())
        .as("statements with 13,000 events stored against 2,000: %s vs %s", late, early)
        .isLessThanOrEqualTo(early.statements() + early.statements() / 10 + 5);
    assertThat(late.queries())
        .as("queries with 13,000 events stored against 2,000: %s vs %s", late, early)
        .isLessThanOrEqualTo(early.queries() + early.queries() / 10 + 5);
    assertThat(late.rowsRead())
        .as("rows read with 13,000 events stored against 2,000: %s vs %s", late, early)
        .isLessThanOrEqualTo(early.rowsRead() + early.rowsRead() / 10 + 20);
    assertThat(late.entitiesLoaded())
        .as("entities loaded with 13,000 events stored against 2,000: %s vs %s", late, early)
        .isLessThanOrEqualTo(early.entitiesLoaded() + early.entitiesLoaded() / 10 + 20);
  }

  /** What a request is counted by. */
  record Work(
      long statements,
      long queries,
      long rowsRead,
      long entitiesLoaded,
      long transactions,
      String busiest) {
    @Override
    public String toString() {
      return "%d statements, %d queries, %d rows read, %d entities loaded, %d transactions; %s"
          .formatted(statements, queries, rowsRead, entitiesLoaded, transactions, busiest);
    }
  }

  private Work measure(List<AcceptedEvent> request) {
    statistics.clear();
    post(request);
    long rows = 0;
    Map<String, Long> executions = new TreeMap<>();
    for (String query : statistics.getQueries()) {
      rows += statistics.getQueryStatistics(query).getExecutionRowCount();
      var q = statistics.getQueryStatistics(query);
      executions.put(q.getExecutionRowCount() + " rows: " + query, q.getExecutionCount());
    }
    for (String entity : statistics.getEntityNames()) {
      var e = statistics.getEntityStatistics(entity);
      String name = entity.substring(entity.lastIndexOf('.') + 1);
      executions.put(name + " inserts", e.getInsertCount());
      executions.put(name + " updates", e.getUpdateCount());
      executions.put(name + " loads", e.getLoadCount());
      executions.put(name + " fetches", e.getFetchCount());
    }
    String busiest =
        executions.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(12)
            .map(e -> e.getValue() + " x " + e.getKey())
            .collect(Collectors.joining("; "));
    return new Work(
        statistics.getPrepareStatementCount(),
        statistics.getQueryExecutionCount(),
        rows,
        statistics.getEntityLoadCount(),
        statistics.getTransactionCount(),
        busiest);
  }

  /** Posts one request and waits until its events are judged and their alerts stored. */
  private void post(List<AcceptedEvent> events) {
    ArrayNode body = JsonNodeFactory.instance.arrayNode();
    events.forEach(e -> body.add(SyntheticHistory.cloudEvent(e)));
    live.post(body);
    await().atMost(Duration.ofSeconds(30)).until(() -> alertBacklog.pending() == 0);
  }
}
