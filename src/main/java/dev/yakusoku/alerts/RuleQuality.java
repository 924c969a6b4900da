package dev.yakusoku.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Alert quality per rule, read with two queries over the alert table: one aggregate per rule and
 * type, and the acknowledgement waits (two timestamps an alert) for the medians.
 */
@ApplicationScoped
public class RuleQuality {
  /** Acknowledged, or resolved by someone other than the engine on late evidence. */
  private static final String BY_A_PERSON =
      "(a.acknowledgedBy is not null or (a.resolvedBy is not null and a.resolvedBy <> '"
          + AlertLedger.ENGINE
          + "'))";

  private static final String TALLIES =
      "select a.rule, a.type, count(a), sum(a.occurrences),"
          + " sum(case when "
          + BY_A_PERSON
          + " then 1 else 0 end),"
          + " sum(case when a.verdict = '"
          + Verdict.USEFUL
          + "' then 1 else 0 end),"
          + " sum(case when a.verdict = '"
          + Verdict.NOISE
          + "' then 1 else 0 end)"
          + " from Alert a where %s group by a.rule, a.type";

  /**
   * A person's first act: the acknowledgement, or the resolution of an alert never acknowledged.
   */
  private static final String WAITS =
      "select a.rule, a.type, a.createdAt, coalesce(a.acknowledgedAt, a.resolvedAt)"
          + " from Alert a where "
          + BY_A_PERSON
          + " and a.createdAt is not null and %s";

  @Transactional
  public List<RuleQualityView> of(RuleQualityFilter filter) {
    Map<RuleAndType, List<Duration>> waits = waits(filter);
    return query(TALLIES, filter).stream()
        .map(
            row -> {
              RuleAndType key = new RuleAndType((String) row[0], (String) row[1]);
              long useful = count(row[5]);
              long noise = count(row[6]);
              return new RuleQualityView(
                  key.rule(),
                  key.type(),
                  count(row[2]),
                  count(row[3]),
                  count(row[4]),
                  useful,
                  noise,
                  useful + noise == 0 ? null : (double) noise / (useful + noise),
                  median(waits.getOrDefault(key, List.of())));
            })
        .sorted(RuleQualityView.NOISIEST_FIRST)
        .toList();
  }

  private static Map<RuleAndType, List<Duration>> waits(RuleQualityFilter filter) {
    Map<RuleAndType, List<Duration>> waits = new HashMap<>();
    for (Object[] row : query(WAITS, filter)) {
      waits
          .computeIfAbsent(
              new RuleAndType((String) row[0], (String) row[1]), k -> new ArrayList<>())
          .add(Duration.between((Instant) row[2], (Instant) row[3]));
    }
    return waits;
  }

  private static List<Object[]> query(String jpql, RuleQualityFilter filter) {
    TypedQuery<Object[]> query =
        Alert.getEntityManager()
            .createQuery(String.format(jpql, filter.condition()), Object[].class);
    filter.parameters().forEach(query::setParameter);
    return query.getResultList();
  }

  /** The middle wait, or the mean of the two middle ones; null when there is none. */
  static String median(List<Duration> waits) {
    if (waits.isEmpty()) {
      return null;
    }
    List<Duration> sorted = waits.stream().sorted().toList();
    int middle = sorted.size() / 2;
    Duration median =
        sorted.size() % 2 == 1
            ? sorted.get(middle)
            : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    return median.toString();
  }

  private static long count(Object sum) {
    return sum == null ? 0 : ((Number) sum).longValue();
  }

  private record RuleAndType(String rule, String type) {}
}
