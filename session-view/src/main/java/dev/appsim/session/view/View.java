package dev.appsim.session.view;

/**
 * Which way a {@link FloorPlan} looks at the room: an orthographic projection along one world axis.
 * The session's world is +Y up with -Z "forward" (away from a viewer at the origin facing the
 * default direction), so the three views are:
 *
 * <table>
 *   <caption>screen axes per view</caption>
 *   <tr><th>view</th><th>looks along</th><th>screen right</th><th>screen up</th></tr>
 *   <tr><td>{@link #TOP}</td><td>-Y (down)</td><td>+X</td><td>-Z</td></tr>
 *   <tr><td>{@link #FRONT}</td><td>-Z</td><td>+X</td><td>+Y</td></tr>
 *   <tr><td>{@link #SIDE}</td><td>-X</td><td>-Z</td><td>+Y</td></tr>
 * </table>
 */
public enum View {
  /** From above, as the simulator's birds-eye mini map shows the room. The default. */
  TOP,
  /** From the front (+Z), looking toward -Z. */
  FRONT,
  /** From the right (+X), looking toward -X. */
  SIDE
}
