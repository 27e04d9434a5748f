package dev.appsim.session.testkit.jqwik;

/** Which values the arbitraries draw. */
public enum ValueStyle {
  /** Small readable values: ASCII ids, metres with three decimals, shallow graphs. The default. */
  PLAIN,
  /**
   * Valid but hostile values: unicode with surrogate pairs, RTL text and JSON/JSON-Pointer escape
   * characters, ids of the maximum 256 chars, extreme finite floats ({@code Double.MAX_VALUE},
   * subnormals, {@code -0.0}), deep parent chains, empty collections and empty strings where allowed.
   */
  NASTY
}
