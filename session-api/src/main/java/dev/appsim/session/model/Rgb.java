package dev.appsim.session.model;

/**
 * A linear-RGB light colour, wire form {@code [r, g, b]}; components finite and >= 0.
 *
 * @param r red, >= 0 (1 is full white's red)
 * @param g green, >= 0
 * @param b blue, >= 0
 */
public record Rgb(double r, double g, double b) {
  /** White light. */
  public static final Rgb WHITE = new Rgb(1, 1, 1);

  /**
   * Checks that every component is finite and not negative.
   *
   * @param r red, >= 0
   * @param g green, >= 0
   * @param b blue, >= 0
   * @throws SessionValidationException if a component is negative, NaN or infinite
   */
  public Rgb {
    Checks checks = new Checks();
    checks.atLeast("/0", r, 0);
    checks.atLeast("/1", g, 0);
    checks.atLeast("/2", b, 0);
    checks.throwIfAny();
  }
}
