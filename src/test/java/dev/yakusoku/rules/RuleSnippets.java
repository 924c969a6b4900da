package dev.yakusoku.rules;

/** DRL a test adds to the rules folder. */
final class RuleSnippets {
  private RuleSnippets() {}

  /** A new rule no shipped rule test exercises, so it passes the reload gate. */
  static final String WATCHED_CLIENT =
      """
      package rules;

      import dev.yakusoku.facts.*;

      rule "A matter opened for a watched client is flagged"
      when
          $m : Matter( client == "c-watched" )
      then
          insert( AlertDraft.of( "WATCHED_CLIENT", AlertDraft.WARNING, $m.getOpenedAt(), drools.getRule().getName() )
              .on( $m )
              .key( "WATCHED_CLIENT:" + $m.getId() )
              .summary( "A matter of a watched client was opened." )
              .evidence( $m.getRef() ) );
      end
      """;

  /**
   * A rule that flags every matter: it compiles, but breaks rule tests that expect nothing else.
   */
  static final String NOISY =
      """
      package rules;

      import dev.yakusoku.facts.*;

      rule "Every matter opened is flagged"
      when
          $m : Matter()
      then
          insert( AlertDraft.of( "NOISE", AlertDraft.WARNING, $m.getOpenedAt(), drools.getRule().getName() )
              .on( $m )
              .key( "NOISE:" + $m.getId() )
              .summary( "A matter was opened." ) );
      end
      """;

  /** A rule on a fact type that does not exist. */
  static final String BROKEN =
      """
      package rules;

      import dev.yakusoku.facts.*;

      rule "A rule on a fact that does not exist"
      when
          $x : NoSuchFact( )
      then
          System.out.println( $x );
      end
      """;
}
