package dev.appsim.session.model;

/**
 * The library failed on an input because of a bug of its own, not because the input is bad: an
 * unexpected {@code NullPointerException}, index error or similar inside a reader or writer. It
 * belongs to the {@link SessionException} family so that callers catching that one type still
 * see no raw runtime exception, but it is distinct so that tools and fuzzers can tell "bad
 * input" from "please report": the message says so and the cause carries the original failure.
 *
 * <pre>{@code
 * } catch (SessionInternalException e) {
 *   log.error("appsim-session bug, please report with the input", e);
 * } catch (SessionException e) {
 *   user.tell(e.getMessage());     // bad input
 * }
 * }</pre>
 */
public final class SessionInternalException extends SessionException {
  private static final long serialVersionUID = 1L;

  /**
   * @param location where in the input the failure happened; empty if unknown
   * @param doing what the library was doing, e.g. {@code "reading a session"}
   * @param cause the unexpected failure
   */
  public SessionInternalException(String location, String doing, Throwable cause) {
    super(location, "internal error while " + doing + (location.isEmpty() ? "" : " at " + location) + ": "
        + java.util.Objects.requireNonNull(cause, "cause is null")
        + "; this is a bug in appsim-session, please report it with the input", cause);
  }
}
