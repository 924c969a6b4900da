package dev.yakusoku.alerts;

import dev.yakusoku.problems.FieldProblem;
import dev.yakusoku.problems.InvalidInputException;
import dev.yakusoku.problems.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The alerts rule quality is read over: first raised in [from, to), of one team; null = any. */
public record RuleQualityFilter(Instant from, Instant to, String team) {
  /** Reads the query; every bad parameter is named in one 400. */
  public static RuleQualityFilter parse(String from, String to, String team) {
    List<FieldProblem> problems = new ArrayList<>();
    Instant since = instant("from", from, problems);
    Instant until = instant("to", to, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("the query breaks the contract", problems);
    }
    return new RuleQualityFilter(since, until, team == null || team.isBlank() ? null : team);
  }

  /** A JPQL condition on alerts {@code a}, with the parameters of {@link #parameters()}. */
  String condition() {
    StringBuilder where = new StringBuilder("1 = 1");
    if (from != null) {
      where.append(" and a.firstRaisedAt >= :from");
    }
    if (to != null) {
      where.append(" and a.firstRaisedAt < :to");
    }
    if (team != null) {
      where.append(" and a.team = :team");
    }
    return where.toString();
  }

  Map<String, Object> parameters() {
    Map<String, Object> parameters = new HashMap<>();
    if (from != null) {
      parameters.put("from", from);
    }
    if (to != null) {
      parameters.put("to", to);
    }
    if (team != null) {
      parameters.put("team", team);
    }
    return parameters;
  }

  private static Instant instant(String field, String value, List<FieldProblem> problems) {
    return value == null || value.isBlank() ? null : Timestamps.instant(field, value, problems);
  }
}
