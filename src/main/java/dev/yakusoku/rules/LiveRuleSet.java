package dev.yakusoku.rules;

import dev.yakusoku.YakusokuConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/** The rule set live traffic is judged by, compiled from the configured rules folder. */
@ApplicationScoped
public class LiveRuleSet {
  private static final Logger LOG = Logger.getLogger(LiveRuleSet.class);

  private final Path folder;
  private final RuleSetCompiler compiler;
  private volatile RuleSet current;
  private volatile List<RuleError> errors = List.of();

  public LiveRuleSet(YakusokuConfig config) {
    this.folder = Path.of(config.rules().path());
    this.compiler = new RuleSetCompiler(Thread.currentThread().getContextClassLoader());
  }

  public RuleSetCompiler compiler() {
    return compiler;
  }

  public Path folder() {
    return folder;
  }

  /** Compiles the folder; a rule set that fails leaves the previous one (if any) live. */
  public synchronized RuleSetCompilation load(Instant loadedAt) {
    RuleSetCompilation compilation = compiler.compile(readFolder(), loadedAt);
    if (compilation.succeeded()) {
      current = compilation.ruleSet().orElseThrow();
      errors = List.of();
      LOG.infof(
          "rule set %s loaded from %s %s", current.version(), folder, current.files().keySet());
    } else {
      errors = compilation.errors();
      compilation.errors().forEach(e -> LOG.errorf("rule error %s", e));
    }
    return compilation;
  }

  public Optional<RuleSet> current() {
    return Optional.ofNullable(current);
  }

  public List<RuleError> errors() {
    return errors;
  }

  private Map<String, String> readFolder() {
    Map<String, String> files = new TreeMap<>();
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
}
