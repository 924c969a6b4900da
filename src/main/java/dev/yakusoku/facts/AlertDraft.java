package dev.yakusoku.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An alert a rule has decided on, before routing gives it a manager. Judgement rules insert it; the
 * rules in {@code routing.drl} route it and hand it to the {@link AlertSink}.
 */
public class AlertDraft {
  public static final String CRITICAL = "critical";
  public static final String WARNING = "warning";

  private final String type;
  private final String severity;
  private final Instant raisedAt;
  private final String rule;
  private String matterId;
  private String team;
  private String manager;
  private boolean routed;
  private String dedupKey;
  private String summary;
  private final List<String> evidence = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private AlertDraft(String type, String severity, Instant raisedAt, String rule) {
    this.type = type;
    this.severity = severity;
    this.raisedAt = raisedAt;
    this.rule = rule;
    this.dedupKey = type;
  }

  /**
   * Starts a draft; {@code rule} is the raising rule's name ({@code drools.getRule().getName()}).
   */
  public static AlertDraft of(String type, String severity, Instant raisedAt, String rule) {
    return new AlertDraft(type, severity, raisedAt, rule);
  }

  public AlertDraft on(Matter matter) {
    this.matterId = matter.getId();
    this.team = matter.getTeam();
    return this;
  }

  public AlertDraft team(String team) {
    this.team = team;
    return this;
  }

  public AlertDraft key(String dedupKey) {
    this.dedupKey = dedupKey;
    return this;
  }

  public AlertDraft summary(String summary) {
    this.summary = summary;
    return this;
  }

  /** Adds the {@code source/id} of an event that made the rule fire; nulls are skipped. */
  public AlertDraft evidence(String... refs) {
    for (String ref : refs) {
      if (ref != null && !evidence.contains(ref)) {
        evidence.add(ref);
      }
    }
    return this;
  }

  /** Adds a sentence about the evidence, such as how a caller was tied; nulls are skipped. */
  public AlertDraft note(String note) {
    if (note != null && !note.isBlank()) {
      notes.add(note);
    }
    return this;
  }

  public String getType() {
    return type;
  }

  public String getSeverity() {
    return severity;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public String getRule() {
    return rule;
  }

  public String getMatterId() {
    return matterId;
  }

  public String getTeam() {
    return team;
  }

  public String getManager() {
    return manager;
  }

  public void setManager(String manager) {
    this.manager = manager;
  }

  public boolean isRouted() {
    return routed;
  }

  public void setRouted(boolean routed) {
    this.routed = routed;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public String getSummary() {
    return summary;
  }

  public List<String> getEvidence() {
    return List.copyOf(evidence);
  }

  public List<String> getNotes() {
    return List.copyOf(notes);
  }

  @Override
  public String toString() {
    return "AlertDraft[" + dedupKey + " at " + raisedAt + "]";
  }
}
