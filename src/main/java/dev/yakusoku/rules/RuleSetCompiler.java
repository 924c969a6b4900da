package dev.yakusoku.rules;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.conf.BetaRangeIndexOption;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.conf.ClockTypeOption;

/**
 * Compiles DRL text into a {@link RuleSet} with the classic Drools engine: STREAM mode, pseudo
 * clock. Thread-safe; every compilation gets its own release id and leaves nothing behind in the
 * shared {@code KieRepository}.
 */
public final class RuleSetCompiler {
  static final String RESOURCE_DIR = "src/main/resources/rules/";
  private static final AtomicLong BUILDS = new AtomicLong();

  private final ClassLoader classLoader;

  public RuleSetCompiler(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  public RuleSetCompilation compile(Map<String, String> drlFiles, Instant loadedAt) {
    SortedMap<String, String> files = new TreeMap<>(drlFiles);
    List<RuleError> errors = new ArrayList<>();
    files.keySet().stream()
        .filter(name -> !name.endsWith(".drl") || name.contains("/") || name.contains(".."))
        .forEach(
            name -> errors.add(new RuleError(name, 0, 0, "a rule file is a plain *.drl name")));
    if (files.isEmpty()) {
      errors.add(new RuleError("", 0, 0, "a rule set needs at least one .drl file"));
    }
    if (!errors.isEmpty()) {
      return RuleSetCompilation.failed(errors);
    }
    KieServices ks = KieServices.Factory.get();
    String version = versionOf(files);
    ReleaseId releaseId =
        ks.newReleaseId("dev.yakusoku.rules", "ruleset", version + "-" + BUILDS.incrementAndGet());
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(releaseId);
    kfs.writeKModuleXML(moduleModel(ks).toXML());
    files.forEach((name, text) -> kfs.write(RESOURCE_DIR + name, text));
    try {
      KieBuilder builder = ks.newKieBuilder(kfs, classLoader).buildAll();
      for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
        errors.add(new RuleError(fileOf(m), m.getLine(), m.getColumn(), m.getText().strip()));
      }
      if (!errors.isEmpty()) {
        return RuleSetCompilation.failed(errors);
      }
      KieContainer container = ks.newKieContainer(releaseId, classLoader);
      return RuleSetCompilation.of(
          new RuleSet(version, files, loadedAt, container.newKieBase("yakusoku", baseOptions(ks))));
    } finally {
      ks.getRepository().removeKieModule(releaseId);
    }
  }

  private static KieModuleModel moduleModel(KieServices ks) {
    KieModuleModel module = ks.newKieModuleModel();
    module
        .newKieBaseModel("yakusoku")
        .setDefault(true)
        .setEventProcessingMode(EventProcessingOption.STREAM)
        .addPackage("*")
        .newKieSessionModel("yakusoku-session")
        .setDefault(true)
        .setClockType(ClockTypeOption.PSEUDO);
    return module;
  }

  /**
   * The knowledge base's options. Joins on {@code <} and {@code >} are range-indexed, so a clock
   * step finds the deadlines it passes (a numeric field against {@code Now.epochNanos}) without
   * comparing every open promise and wait; set here, since the module model's setting of it does
   * not reach the knowledge base.
   */
  private static KieBaseConfiguration baseOptions(KieServices ks) {
    KieBaseConfiguration options = ks.newKieBaseConfiguration();
    options.setOption(EventProcessingOption.STREAM);
    options.setOption(BetaRangeIndexOption.ENABLED);
    return options;
  }

  private static String fileOf(Message m) {
    String path = m.getPath() == null ? "" : m.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The version alerts cite: the first 12 hex digits of the content hash, after {@code rs-}. */
  public static String versionOf(SortedMap<String, String> files) {
    return "rs-" + contentHashOf(files).substring(0, 12);
  }

  /** A SHA-256 over file names and texts: the same files always give the same hash. */
  public static String contentHashOf(SortedMap<String, String> files) {
    MessageDigest sha = DigestUtils.getSha256Digest();
    files.forEach(
        (name, text) -> {
          DigestUtils.updateDigest(sha, name);
          sha.update((byte) 0);
          DigestUtils.updateDigest(sha, text);
          sha.update((byte) 0);
        });
    return Hex.encodeHexString(sha.digest());
  }
}
