package dev.yakusoku.bench;

import dev.yakusoku.alerts.InMemoryAlertLedger;
import dev.yakusoku.alerts.SignalingAlertSink;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.engine.Engine;
import dev.yakusoku.engine.EngineContext;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.rules.RuleSet;
import java.io.IOException;
import java.util.List;

/**
 * The engine's part of the quick benchmark ({@code bench/check.sh}): the shipped rules against no
 * rules on the same history (their ratio), the shipped rules on a history ten times larger (how
 * flat the rate stays as open matters grow), and the heap the engine holds per open promise after a
 * full GC. Prints {@code name value} lines.
 */
public final class EngineCheck {
  public static void main(String[] args) throws IOException {
    EngineBenchmark.quietLogging();
    int small = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int large = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    RuleSet shipped = EngineBenchmark.shippedRules();
    RuleSet empty = EngineBenchmark.noRules();
    EngineContext context = EngineBenchmark.context();

    List<AcceptedEvent> history = SyntheticHistory.events(small, 42);
    List<DirectoryEntry> parties = SyntheticHistory.parties(small);
    run(shipped, context, parties, history, false); // warm-up
    run(empty, context, parties, history, false);
    double withRules =
        Math.max(
            run(shipped, context, parties, history, false).eventsPerSecond(),
            run(shipped, context, parties, history, false).eventsPerSecond());
    double noRules =
        Math.max(
            run(empty, context, parties, history, false).eventsPerSecond(),
            run(empty, context, parties, history, false).eventsPerSecond());
    Run smallRun = run(shipped, context, parties, promisesLeftOpen(history), true);
    System.out.printf("engine.shipped_events_per_s %.0f%n", withRules);
    System.out.printf("engine.no_rules_events_per_s %.0f%n", noRules);
    System.out.printf("engine.ratio %.2f%n", withRules / noRules);
    System.out.printf(
        "engine.heap_bytes_per_open_promise_%d %.0f%n", small, smallRun.bytesPerOpenPromise());

    List<AcceptedEvent> bigHistory = SyntheticHistory.events(large, 42);
    Run bigRun = run(shipped, context, SyntheticHistory.parties(large), bigHistory, true);
    System.out.printf(
        "engine.shipped_events_per_s_%d_matters %.0f%n", large, bigRun.eventsPerSecond());
    System.out.printf(
        "engine.scaling_%d_over_%d %.2f%n", large, small, bigRun.eventsPerSecond() / withRules);
    System.out.printf(
        "engine.heap_bytes_per_open_promise_%d %.0f%n", large, bigRun.bytesPerOpenPromise());
  }

  /**
   * The history's matters as they stand before anyone calls back: opened, escalated twice and
   * promised, so every promise is still open at the end and the heap holds them all.
   */
  private static List<AcceptedEvent> promisesLeftOpen(List<AcceptedEvent> history) {
    return history.stream()
        .filter(
            e ->
                e.type().equals("matter.opened")
                    || e.type().equals("escalation.raised")
                    || e.type().equals("promise.made"))
        .toList();
  }

  private record Run(double eventsPerSecond, double bytesPerOpenPromise) {}

  private static Run run(
      RuleSet ruleSet,
      EngineContext context,
      List<DirectoryEntry> parties,
      List<AcceptedEvent> events,
      boolean weigh) {
    long baseline = weigh ? heapAfterGc() : 0;
    // weighed, the engine's alerts go nowhere, so the heap holds the engine alone
    InMemoryAlertLedger ledger = new InMemoryAlertLedger();
    SignalingAlertSink sink =
        new SignalingAlertSink(ruleSet.version(), weigh ? signal -> {} : ledger::apply);
    long started = System.nanoTime();
    try (Engine engine = new Engine(ruleSet, context, sink, events.get(0).time())) {
      EngineBenchmark.directory(engine, parties);
      for (AcceptedEvent e : events) {
        engine.advanceTo(e.time());
        engine.apply(e);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      double perPromise = 0;
      if (weigh) {
        // every matter of the weighed history holds one promise, none kept or withdrawn
        long open = engine.openMatterIds().size();
        perPromise = open == 0 ? 0 : (double) (heapAfterGc() - baseline) / open;
      }
      return new Run(events.size() / seconds, perPromise);
    }
  }

  private static long heapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
