package dev.appsim.session.model;

/**
 * Root of the library's exception family: every failure caused by a bad session, room or asset
 * is reported as a subclass of this type, never as a raw Jackson, zip or JDK runtime exception.
 *
 * <p>The exception is unchecked so that lambdas and streams stay usable; callers that want to
 * handle bad input catch this one type. {@link #location()} names where the problem is: a JSON
 * Pointer such as {@code /scene/nodes/3/asset}, an archive entry name, or a file path.
 */
public abstract class SessionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is: a JSON Pointer, an archive entry name or a path; empty if unknown. */
  private final String location;

  /**
   * @param location where the problem is (JSON Pointer, entry name, file); empty if unknown
   * @param message one sentence saying what is wrong
   * @param cause the underlying failure, or {@code null}
   */
  protected SessionException(String location, String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
    this.location = java.util.Objects.requireNonNull(location, "location is null");
  }

  /**
   * Where the problem is: a JSON Pointer, an archive entry name or a path; empty if unknown.
   *
   * @return the location, never null; {@code ""} if unknown
   */
  public String location() {
    return location;
  }
}
