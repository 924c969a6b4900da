package dev.yakusoku.rules;

import dev.yakusoku.config.RulesConfig;
import dev.yakusoku.rules.RuleSetLoad.Outcome;
import dev.yakusoku.rules.RuleSetLoad.RuleTestSummary;
import dev.yakusoku.rules.RuleSetVersions.Trigger;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.jboss.logging.Logger;

/**
 * The rule set live traffic is judged by, compiled from the configured rules folder. A folder goes
 * live only if it compiles and passes its own rule tests ({@code tests/*.yaml}); otherwise the last
 * good rule set stays live and the errors are reported (log, {@code GET /api/v1/rules}, readiness,
 * the {@code yakusoku.rules.errors} gauge).
 */
@ApplicationScoped
public class LiveRuleSet {
  private static final Logger LOG = Logger.getLogger(LiveRuleSet.class);

  private final Path folder;
  private final RuleSetCompiler compiler;
  private final RuleSetGate gate;
  private final RuleSetVersions versions;
  private final MeterRegistry metrics;
  private final Event<RuleSetWentLive> wentLive;
  private volatile RuleSet current;
  private volatile List<RuleError> errors = List.of();
  private volatile String seenFingerprint;

  public LiveRuleSet(
      RulesConfig config,
      RuleSetGate gate,
      RuleSetVersions versions,
      MeterRegistry metrics,
      Event<RuleSetWentLive> wentLive) {
    this.folder = Path.of(config.path());
    this.compiler = new RuleSetCompiler(Thread.currentThread().getContextClassLoader());
    this.gate = gate;
    this.versions = versions;
    this.metrics = metrics;
    this.wentLive = wentLive;
    metrics.gauge("yakusoku.rules.errors", this, r -> r.errors.size());
  }

  public RuleSetCompiler compiler() {
    return compiler;
  }

  public Path folder() {
    return folder;
  }

  /**
   * Compiles the folder and runs its rule tests; only a rule set that passes both goes live, and
   * the engines are rebuilt on it ({@link RuleSetWentLive}) before this returns. At start, a folder
   * that fails falls back to the last rule set that went live before.
   */
  public synchronized RuleSetLoad load(Trigger trigger, Instant at) {
    seenFingerprint = fingerprint(folder);
    RuleSetCompilation compilation = compiler.compile(readDrl(folder), at);
    if (!compilation.succeeded()) {
      return reject(trigger, at, null, compilation.errors(), List.of());
    }
    RuleSet candidate = compilation.ruleSet().orElseThrow();
    List<RuleSetGate.Report> outcomes = gate.check(candidate, folder);
    List<RuleTestSummary> tests =
        outcomes.stream().map(o -> new RuleTestSummary(o.file(), o.passed(), o.report())).toList();
    List<RuleError> failures = new ArrayList<>();
    outcomes.forEach(
        o -> o.failures().forEach(f -> failures.add(new RuleError(o.file(), 0, 0, f))));
    if (!failures.isEmpty()) {
      outcomes.stream().filter(o -> !o.passed()).forEach(o -> LOG.error(o.report()));
      return reject(trigger, at, candidate.version(), failures, tests);
    }
    errors = List.of();
    if (current != null && current.version().equals(candidate.version())) {
      count(Outcome.unchanged);
      return new RuleSetLoad(
          Outcome.unchanged, current.version(), candidate.version(), List.of(), tests);
    }
    goLive(candidate, trigger, at);
    return new RuleSetLoad(
        Outcome.loaded, candidate.version(), candidate.version(), List.of(), tests);
  }

  /** Whether the folder's files differ from what the last load read (false before any load). */
  public boolean changedOnDisk() {
    return seenFingerprint != null && !fingerprint(folder).equals(seenFingerprint);
  }

  public Optional<RuleSet> current() {
    return Optional.ofNullable(current);
  }

  public List<RuleError> errors() {
    return errors;
  }

  private void goLive(RuleSet ruleSet, Trigger trigger, Instant at) {
    current = ruleSet;
    versions.record(ruleSet, trigger, at);
    count(Outcome.loaded);
    LOG.infof(
        "rule set %s went live (%s) from %s %s",
        ruleSet.version(), trigger.label(), folder, ruleSet.files().keySet());
    wentLive.fire(new RuleSetWentLive(ruleSet, trigger));
  }

  private RuleSetLoad reject(
      Trigger trigger,
      Instant at,
      String candidate,
      List<RuleError> reasons,
      List<RuleTestSummary> tests) {
    errors = List.copyOf(reasons);
    count(Outcome.rejected);
    reasons.forEach(e -> LOG.errorf("rule error %s", e));
    if (current == null && trigger == Trigger.START) {
      fallBack(at);
    }
    LOG.errorf(
        "rules in %s rejected; %s stays live",
        folder, current == null ? "no rule set" : current.version());
    return new RuleSetLoad(
        Outcome.rejected, current == null ? null : current.version(), candidate, errors, tests);
  }

  /** Goes live with the rule set that was live last, as stored, when the folder fails at start. */
  private void fallBack(Instant at) {
    versions
        .lastLoadedFiles()
        .map(files -> compiler.compile(files, at))
        .flatMap(RuleSetCompilation::ruleSet)
        .ifPresent(last -> goLive(last, Trigger.START_FALLBACK, at));
  }

  private void count(Outcome outcome) {
    metrics.counter("yakusoku.rules.loads", "outcome", outcome.name()).increment();
  }

  /** The {@code *.drl} files directly in {@code folder}, by name. */
  public static SortedMap<String, String> readDrl(Path folder) {
    SortedMap<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      LOG.errorf("rules folder %s does not exist", folder.toAbsolutePath());
      return files;
    }
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path p : paths.filter(p -> p.toString().endsWith(".drl")).toList()) {
        files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules folder " + folder, e);
    }
    return files;
  }

  /** A hash over every rule and rule test file of the folder, to notice any change. */
  static String fingerprint(Path folder) {
    try (Stream<Path> paths = Files.isDirectory(folder) ? Files.walk(folder, 3) : Stream.empty()) {
      MessageDigest sha = DigestUtils.getSha256Digest();
      for (Path p :
          paths
              .filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".yaml"))
              .sorted()
              .toList()) {
        DigestUtils.updateDigest(sha, folder.relativize(p).toString());
        sha.update(Files.readAllBytes(p));
      }
      return Hex.encodeHexString(sha.digest());
    } catch (IOException e) {
      return "unreadable: " + e.getMessage();
    }
  }
}
