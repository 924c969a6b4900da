/**
 * The fact model: the Java types rule authors match on in {@code rules/*.drl}.
 *
 * <p>Facts carry event times only; the engine's notion of "now" is the single {@link Now} fact,
 * driven by the pseudo clock, so a rule never reads the wall clock.
 */
package dev.yakusoku.facts;
