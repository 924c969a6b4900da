package dev.yakusoku.rules;

/** No rule set has gone live yet: nothing can be judged by the live rules until one does. */
public class NoLiveRuleSetException extends RuntimeException {
  public NoLiveRuleSetException() {
    super("no rule set is loaded; fix the rules folder and reload it");
  }
}
