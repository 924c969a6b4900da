package dev.yakusoku.ruletests;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.config.CalendarConfig;
import dev.yakusoku.config.DependenciesConfig;
import dev.yakusoku.config.DirectoryConfig;
import dev.yakusoku.config.EngineConfig;
import dev.yakusoku.config.IngestConfig;
import dev.yakusoku.config.PromisesConfig;
import dev.yakusoku.directory.PhoneNumbers;
import dev.yakusoku.engine.EngineProducer;
import dev.yakusoku.ingest.EventParser;
import dev.yakusoku.rules.LiveRuleSet;
import dev.yakusoku.rules.RuleSetCompilation;
import dev.yakusoku.rules.RuleSetCompiler;
import dev.yakusoku.scenario.ScenarioRunner;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs a rules folder's tests from the command line, without starting the service: compiles the
 * DRL, runs every {@code tests/*.yaml} file, prints each side by side and exits 0 only when all
 * pass. The calendar and settings come from the packaged {@code application.properties}.
 *
 * <p>{@code ./mvnw -q compile exec:java@test-rules} (folder {@code rules}), or with {@code
 * -Dexec.args=path/to/rules}.
 */
public final class RuleTestsCommand {
  private RuleTestsCommand() {}

  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "rules");
    System.exit(run(folder, System.out));
  }

  /** Runs the folder's tests, prints the report, and answers the exit code. */
  public static int run(Path folder, PrintStream out) {
    RuleSetCompilation compilation =
        new RuleSetCompiler(RuleTestsCommand.class.getClassLoader())
            .compile(LiveRuleSet.readDrl(folder), Instant.EPOCH);
    if (!compilation.succeeded()) {
      out.println("FAIL the rules in " + folder + " do not compile:");
      compilation.errors().forEach(e -> out.println("     " + e));
      return 2;
    }
    List<RuleTestOutcome> outcomes =
        standaloneRunner().runAll(compilation.ruleSet().orElseThrow(), folder);
    outcomes.forEach(o -> out.print(o.report()));
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    out.printf(
        "%d rule test file(s) in %s: %d passed, %d failed%n",
        outcomes.size(), folder.resolve(RuleTestReader.TESTS), outcomes.size() - failed, failed);
    return outcomes.isEmpty() || failed > 0 ? 1 : 0;
  }

  /** A runner configured as the service is, built without the service. */
  public static RuleTestRunner standaloneRunner() {
    SmallRyeConfig config = config();
    var validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    var calendar = EngineProducer.calendarOf(config.getConfigMapping(CalendarConfig.class));
    EventParser parser =
        new EventParser(
            new ObjectMapper().findAndRegisterModules(),
            validator,
            config.getConfigMapping(IngestConfig.class),
            calendar,
            Clock.systemUTC());
    var context =
        EngineProducer.contextOf(
            calendar,
            new PhoneNumbers(config.getConfigMapping(DirectoryConfig.class).phoneRegion()),
            config.getConfigMapping(PromisesConfig.class),
            config.getConfigMapping(DependenciesConfig.class),
            config.getConfigMapping(EngineConfig.class));
    return new RuleTestRunner(new ScenarioRunner(context), parser);
  }

  /** The settings a rule test reads, from the packaged application.properties (prod profile). */
  private static SmallRyeConfig config() {
    URL properties = RuleTestsCommand.class.getClassLoader().getResource("application.properties");
    SmallRyeConfigBuilder builder =
        new SmallRyeConfigBuilder()
            .addDefaultInterceptors()
            .withProfile("prod")
            .withMapping(CalendarConfig.class)
            .withMapping(IngestConfig.class)
            .withMapping(DirectoryConfig.class)
            .withMapping(PromisesConfig.class)
            .withMapping(DependenciesConfig.class)
            .withMapping(EngineConfig.class);
    try {
      if (properties != null) {
        builder.withSources(new PropertiesConfigSource(properties, 250));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + properties, e);
    }
    return builder.build();
  }
}
