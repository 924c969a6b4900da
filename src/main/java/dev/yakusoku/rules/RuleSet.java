package dev.yakusoku.rules;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import org.kie.api.KieBase;

/**
 * A compiled rule set: its DRL files, the version (a content hash) that alerts cite, and the {@link
 * KieBase} engines open sessions from.
 */
public record RuleSet(
    String version, SortedMap<String, String> files, Instant loadedAt, KieBase kieBase) {

  public Map<String, String> fileContents() {
    return files;
  }
}
