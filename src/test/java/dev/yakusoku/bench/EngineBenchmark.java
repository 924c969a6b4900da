package dev.yakusoku.bench;

import dev.yakusoku.alerts.InMemoryAlertLedger;
import dev.yakusoku.alerts.SignalingAlertSink;
import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.directory.CallerResolver;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.PhoneNumbers;
import dev.yakusoku.engine.Engine;
import dev.yakusoku.engine.EngineContext;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.facts.EngineSettings;
import dev.yakusoku.rules.RuleSet;
import dev.yakusoku.rules.RuleSetCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Engine throughput: the same generated history through the shipped rules and through an empty rule
 * set, in one run, driven like a scenario (each event moves the pseudo clock).
 *
 * <p>Run: {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.yakusoku.bench.EngineBenchmark -Dexec.args="10000 5"} (matters, rounds).
 */
public final class EngineBenchmark {

  /** Outside Quarkus the log manager would buffer Drools' trace records in memory. */
  static void quietLogging() {
    org.jboss.logmanager.LogContext.getLogContext()
        .getLogger("")
        .setLevel(org.jboss.logmanager.Level.WARN);
  }

  /** The rules of the top-level {@code rules/} folder, compiled. */
  static RuleSet shippedRules() throws IOException {
    return compiled(read(Path.of("rules")));
  }

  /** A rule set with no rules: the bare session's cost. */
  static RuleSet noRules() {
    return compiled(Map.of("empty.drl", "package rules;\n"));
  }

  private static RuleSet compiled(Map<String, String> files) {
    return new RuleSetCompiler(EngineBenchmark.class.getClassLoader())
        .compile(files, Instant.EPOCH)
        .ruleSet()
        .orElseThrow();
  }

  /** The engine's context with the shipped defaults. */
  static EngineContext context() {
    return new EngineContext(
        BusinessCalendar.standard(),
        EngineSettings.defaults(),
        new CallerResolver(new PhoneNumbers("JP")));
  }

  public static void main(String[] args) throws IOException {
    quietLogging();
    int matters = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    RuleSet shipped = shippedRules();
    RuleSet empty = noRules();
    List<AcceptedEvent> events = SyntheticHistory.events(matters, 42);
    List<DirectoryEntry> parties = SyntheticHistory.parties(matters);
    EngineContext context = context();
    System.out.printf(
        "%d events of %d matters, %d rounds (first is warm-up)%n", events.size(), matters, rounds);
    for (int round = 0; round < rounds; round++) {
      Result withRules = run(shipped, context, parties, events);
      Result noRules = run(empty, context, parties, events);
      System.out.printf(
          "round %d: shipped rules %,.0f events/s (%d alerts, %d firings); no rules %,.0f events/s%n",
          round,
          withRules.eventsPerSecond,
          withRules.alerts,
          withRules.firings,
          noRules.eventsPerSecond);
    }
  }

  private record Result(double eventsPerSecond, int alerts, long firings) {}

  private static Result run(
      RuleSet ruleSet,
      EngineContext context,
      List<DirectoryEntry> parties,
      List<AcceptedEvent> events) {
    InMemoryAlertLedger ledger = new InMemoryAlertLedger();
    long started = System.nanoTime();
    long firings;
    try (Engine engine =
        new Engine(
            ruleSet,
            context,
            new SignalingAlertSink(ruleSet.version(), ledger::apply),
            events.get(0).time())) {
      directory(engine, parties);
      for (AcceptedEvent e : events) {
        engine.advanceTo(e.time());
        engine.apply(e);
      }
      firings = engine.firings();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(events.size() / seconds, ledger.alerts().size(), firings);
  }

  /** The synthetic history's teams and parties. */
  static void directory(Engine engine, List<DirectoryEntry> parties) {
    engine.putTeam("t-0", "Team 0", "s-0");
    engine.putTeam("t-1", "Team 1", "s-5");
    engine.putTeam("t-2", "Team 2", "s-10");
    engine.putTeam("t-3", "Team 3", "s-15");
    parties.forEach(engine::putParty);
  }

  static Map<String, String> read(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path p : paths.filter(p -> p.toString().endsWith(".drl")).toList()) {
        files.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return files;
  }
}
