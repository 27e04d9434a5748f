package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.Violation;

/**
 * One thing {@code session validate} reports: a violation, with the line and column of the text
 * when the session could not be read at all.
 *
 * @param violation pointer and message
 * @param line 1-based line in JSON text, or -1
 * @param column 1-based column in JSON text, or -1
 */
record Finding(Violation violation, int line, int column) {
  Finding {
    requireNonNull(violation, "violation is null");
  }
}
