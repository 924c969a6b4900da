package dev.yakusoku.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.calendar.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The history of rule sets that went live, with their files. */
@ApplicationScoped
public class RuleSetVersions {
  /** How a rule set came to be loaded. */
  public enum Trigger {
    START,
    START_FALLBACK,
    WATCH,
    RELOAD;

    public String label() {
      return name().toLowerCase().replace('_', '-');
    }
  }

  private final ObjectMapper json;
  private final ZoneId zone;

  public RuleSetVersions(ObjectMapper json, BusinessCalendar calendar) {
    this.json = json;
    this.zone = calendar.zone();
  }

  @Transactional
  public void record(RuleSet ruleSet, Trigger trigger, Instant at) {
    RuleSetVersionRecord row = new RuleSetVersionRecord();
    row.version = ruleSet.version();
    row.contentHash = RuleSetCompiler.contentHashOf(ruleSet.files());
    row.loadedAt = at;
    row.loadedBy = trigger.label();
    try {
      row.files = json.writeValueAsString(ruleSet.files());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("rule files are plain strings", e);
    }
    row.persist();
  }

  @Transactional
  public List<RuleSetVersionView> list(String live) {
    return RuleSetVersionRecord.newestFirst().stream()
        .map(r -> RuleSetVersionView.of(r, zone, r.version.equals(live), filesOf(r), false))
        .toList();
  }

  @Transactional
  public Optional<RuleSetVersionView> get(String version, String live) {
    return RuleSetVersionRecord.latestOf(version)
        .map(r -> RuleSetVersionView.of(r, zone, r.version.equals(live), filesOf(r), true));
  }

  /** The files of the rule set that went live last, to fall back on. */
  @Transactional
  public Optional<SortedMap<String, String>> lastLoadedFiles() {
    return RuleSetVersionRecord.latest().map(this::filesOf);
  }

  private SortedMap<String, String> filesOf(RuleSetVersionRecord row) {
    try {
      return new TreeMap<>(
          json.readValue(row.files, new TypeReference<TreeMap<String, String>>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored rule files of " + row.version + " are not JSON", e);
    }
  }
}
