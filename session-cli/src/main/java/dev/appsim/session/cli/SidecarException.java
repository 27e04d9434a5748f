package dev.appsim.session.cli;

import dev.appsim.session.model.SessionException;

/**
 * A session's external geometry cache could not be read. Raised by {@code info} so the message
 * names the sidecar rather than calling the session itself invalid; {@link #location()} is the
 * sidecar file or archive entry.
 */
final class SidecarException extends SessionException {
  private static final long serialVersionUID = 1L;

  SidecarException(String sidecar, SessionException cause) {
    super(sidecar, Failure.flatten(String.valueOf(cause.getMessage())), cause);
  }
}
