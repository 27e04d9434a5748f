package dev.appsim.session.room.archive.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * The text of a scratch folder's owner file: who made the folder, so a later run can tell a
 * dead run's leftovers from a live run's files. A folder whose owner file does not start with
 * {@link #HEADER} is not ours and is never touched.
 *
 * <pre>
 * appsim-session scratch folder: deleted by the next run once its owner has exited
 * pid 12345
 * started 2026-11-20T09:15:00.120Z
 * purpose unpack into /home/ana/living-room
 * </pre>
 *
 * @param pid the owner's process id
 * @param started the owner's start time, empty where the platform does not report it
 * @param purpose what the run was doing, for a person who finds the folder
 */
record OwnerMarker(long pid, Optional<Instant> started, String purpose) {
  static final String HEADER = "appsim-session scratch folder: deleted by the next run once its owner has exited";

  /** The marker of this process. */
  static OwnerMarker current(String purpose) {
    ProcessHandle self = ProcessHandle.current();
    return new OwnerMarker(self.pid(), self.info().startInstant(), purpose);
  }

  String text() {
    return HEADER + "\npid " + pid + "\nstarted " + started.map(Instant::toString).orElse("unknown")
        + "\npurpose " + purpose.replaceAll("[\\r\\n]", " ") + "\n";
  }

  /** Parses an owner file; empty unless it is exactly what {@link #text()} writes. */
  static Optional<OwnerMarker> parse(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length != 5 || !lines[0].equals(HEADER) || !lines[1].startsWith("pid ")
        || !lines[2].startsWith("started ") || !lines[3].startsWith("purpose ") || !lines[4].isEmpty()) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(lines[1].substring(4));
      String started = lines[2].substring(8);
      Optional<Instant> instant = started.equals("unknown") ? Optional.empty() : Optional.of(Instant.parse(started));
      return Optional.of(new OwnerMarker(pid, instant, lines[3].substring(8)));
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the owner may still be running: a process with its pid exists and, where both start
   * times are known, started when the owner did (otherwise the pid was reused). Unknown means alive.
   */
  boolean mayBeAlive() {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    Optional<Instant> start = process.get().info().startInstant();
    return started.isEmpty() || start.isEmpty() || start.get().equals(started.get());
  }
}
