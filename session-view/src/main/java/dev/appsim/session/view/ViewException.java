package dev.appsim.session.view;

import dev.appsim.session.model.SessionException;

/**
 * A session cannot be drawn or exported as asked, e.g. its geometry is too large for a GLB file's
 * 32-bit lengths. {@link #location()} names the part (a JSON Pointer such as
 * {@code /geometryCache/meshBlocks/3}) or the output file.
 */
public final class ViewException extends SessionException {
  private static final long serialVersionUID = 1L;

  /**
   * @param location a JSON Pointer or a file; empty if the whole document is meant
   * @param message one sentence naming the thing, its value and what was expected
   */
  public ViewException(String location, String message) {
    super(location, message, null);
  }
}
