package dev.yakusoku.alerts;

import java.util.List;

/**
 * What the engines judged in one step (a request's events, a tick), in judgement order, on the
 * {@code alert-signals} channel: stored together, in one transaction.
 */
public record AlertJudgements(List<AlertJudgement> judgements) {
  public AlertJudgements {
    judgements = List.copyOf(judgements);
  }
}
