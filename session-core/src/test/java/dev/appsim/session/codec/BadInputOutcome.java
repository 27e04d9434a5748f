package dev.appsim.session.codec;

import dev.appsim.session.model.SessionException;
import dev.appsim.session.model.SessionInternalException;

/**
 * The oracle of the fuzz targets and mutation properties: a failure on hostile bytes must be our
 * exception for bad input, with a message. A {@link SessionInternalException} is a bug of ours
 * (an NPE or index error inside a reader) and is a finding, like any raw exception.
 */
final class BadInputOutcome {
  private BadInputOutcome() {}

  /** Accepts {@code e} as the refusal of bad input, or fails the run as a finding. */
  static void require(SessionException e) {
    if (e instanceof SessionInternalException) {
      throw new AssertionError("internal error on hostile input: " + e.getMessage(), e);
    }
    if (e.getMessage() == null || e.getMessage().isBlank()) {
      throw new AssertionError("exception without a message at \"" + e.location() + "\"", e);
    }
  }
}
