package dev.yakusoku.backtest;

import dev.yakusoku.alerts.AlertView;
import dev.yakusoku.config.BacktestConfig;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.DirectoryService;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.engine.EngineContext;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.ingest.EventLog;
import dev.yakusoku.problems.FieldProblem;
import dev.yakusoku.problems.InvalidInputException;
import dev.yakusoku.problems.Timestamps;
import dev.yakusoku.rules.LiveRuleSet;
import dev.yakusoku.rules.NoLiveRuleSetException;
import dev.yakusoku.rules.RuleCompilationException;
import dev.yakusoku.rules.RuleSet;
import dev.yakusoku.rules.RuleSetCompilation;
import dev.yakusoku.scenario.IsolatedRun;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Backtests: a draft rule set and the live one each replay a stretch of the stored log in an engine
 * of their own, clock driven by the events' times, and their alerts are compared. One runs at a
 * time, in the background; nothing live is touched. The range and the number of events it may
 * replay are bounded ({@code yakusoku.backtest.*}), since both engines hold the matters of the
 * range in memory.
 */
@ApplicationScoped
public class Backtests {
  private static final Logger LOG = Logger.getLogger(Backtests.class);
  private static final int KEPT = 20;

  private final LiveRuleSet live;
  private final EventLog log;
  private final DirectoryService directory;
  private final EngineContext context;
  private final Clock wallClock;
  private final BacktestConfig limits;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "backtest");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, BacktestJob> jobs = new LinkedHashMap<>();

  public Backtests(
      LiveRuleSet live,
      EventLog log,
      DirectoryService directory,
      EngineContext context,
      Clock wallClock,
      BacktestConfig limits) {
    this.live = live;
    this.log = log;
    this.directory = directory;
    this.context = context;
    this.wallClock = wallClock;
    this.limits = limits;
  }

  /** Checks the request, compiles the draft and starts the replay; answers at once. */
  public synchronized BacktestJob.View start(BacktestRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request == null || request.rules() == null || request.rules().isEmpty()) {
      problems.add(FieldProblem.of("rules", "is required: the draft's DRL files by name"));
    }
    Instant from = required("from", request == null ? null : request.from(), problems);
    Instant to = required("to", request == null ? null : request.to(), problems);
    if (from != null && to != null && !to.isAfter(from)) {
      problems.add(FieldProblem.of("to", "must be after from"));
    } else if (from != null
        && to != null
        && Duration.between(from, to).compareTo(limits.maxRange()) > 0) {
      problems.add(
          FieldProblem.of(
              "to",
              "a backtest spans at most "
                  + limits.maxRange().toDays()
                  + " days (yakusoku.backtest.max-range=P"
                  + limits.maxRange().toDays()
                  + "D)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("the backtest request breaks the contract", problems);
    }
    Optional<BacktestJob> running = jobs.values().stream().filter(j -> !j.finished()).findFirst();
    if (running.isPresent()) {
      throw new BacktestRunningException(running.get().id);
    }
    RuleSet liveSet = live.current().orElseThrow(NoLiveRuleSetException::new);
    RuleSetCompilation compilation = live.compiler().compile(request.rules(), wallClock.instant());
    RuleSet draft =
        compilation.ruleSet().orElseThrow(() -> new RuleCompilationException(compilation.errors()));
    long total = log.countBetween(from, to);
    if (total > limits.maxEvents()) {
      throw new InvalidInputException(
          "the range holds too many events",
          List.of(
              FieldProblem.of(
                  "to",
                  "the range holds "
                      + total
                      + " events; a backtest replays at most "
                      + limits.maxEvents())));
    }
    BacktestJob job =
        new BacktestJob(
            "bt-" + UUID.randomUUID().toString().substring(0, 8),
            from,
            to,
            draft.version(),
            liveSet.version(),
            total,
            wallClock.instant());
    remember(job);
    List<TeamBody> teams = directory.teams();
    List<DirectoryEntry> parties = directory.entries();
    worker.submit(() -> run(job, draft, liveSet, teams, parties));
    return job.view();
  }

  public synchronized Optional<BacktestJob.View> get(String id) {
    return Optional.ofNullable(jobs.get(id)).map(BacktestJob::view);
  }

  private void run(
      BacktestJob job,
      RuleSet draft,
      RuleSet liveSet,
      List<TeamBody> teams,
      List<DirectoryEntry> parties) {
    job.state = BacktestJob.State.running;
    try (IsolatedRun draftRun = new IsolatedRun(draft, context, teams, parties, job.from);
        IsolatedRun liveRun = new IsolatedRun(liveSet, context, teams, parties, job.from)) {
      EventLog.Position at = null;
      EventLog.Page page;
      do {
        page = log.pageBetween(job.from, job.to, at, limits.pageSize());
        for (AcceptedEvent event : page.events()) {
          draftRun.apply(event);
          liveRun.apply(event);
          job.replayed.incrementAndGet();
        }
        at = page.end();
      } while (page.more());
      List<AlertView> draftAlerts = draftRun.finish(job.to);
      List<AlertView> liveAlerts = liveRun.finish(job.to);
      job.result = BacktestDiff.compare(draftAlerts, liveAlerts);
      job.state = BacktestJob.State.done;
    } catch (RuntimeException | OutOfMemoryError e) {
      LOG.errorf(e, "backtest %s failed", job.id);
      job.error = e.toString();
      job.state = BacktestJob.State.failed;
    } finally {
      job.finishedAt = wallClock.instant();
    }
  }

  private void remember(BacktestJob job) {
    jobs.put(job.id, job);
    while (jobs.size() > KEPT) {
      String oldest = jobs.keySet().iterator().next();
      jobs.remove(oldest);
    }
  }

  private static Instant required(String field, String value, List<FieldProblem> problems) {
    if (value == null) {
      problems.add(FieldProblem.of(field, "is required: an RFC 3339 timestamp with an offset"));
    }
    return Timestamps.instant(field, value, problems);
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
