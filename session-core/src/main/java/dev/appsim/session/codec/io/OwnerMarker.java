package dev.appsim.session.codec.io;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * host ana-laptop
 * purpose unpack into /home/ana/living-room
 * </pre>
 *
 * @param pid the owner's process id
 * @param started the owner's start time, empty where the platform does not report it
 * @param host the machine the owner ran on: a folder shared over the network may hold another
 *     machine's live files, whose pid means nothing here
 * @param purpose what the run was doing, for a person who finds the folder
 */
record OwnerMarker(long pid, Optional<Instant> started, String host, String purpose) {
  static final String HEADER = "appsim-session scratch folder: deleted by the next run once its owner has exited";
  /** This machine's name, as markers record it. */
  static final String HOST = oneLine(hostName());

  /** The marker of this process. */
  static OwnerMarker current(String purpose) {
    ProcessHandle self = ProcessHandle.current();
    return new OwnerMarker(self.pid(), self.info().startInstant(), HOST, purpose);
  }

  String text() {
    return HEADER + "\npid " + pid + "\nstarted " + started.map(Instant::toString).orElse("unknown")
        + "\nhost " + oneLine(host) + "\npurpose " + oneLine(purpose) + "\n";
  }

  /** Parses an owner file; empty unless it is exactly what {@link #text()} writes. */
  static Optional<OwnerMarker> parse(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length != 6 || !lines[0].equals(HEADER) || !lines[1].startsWith("pid ")
        || !lines[2].startsWith("started ") || !lines[3].startsWith("host ") || !lines[4].startsWith("purpose ")
        || !lines[5].isEmpty()) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(lines[1].substring(4));
      String started = lines[2].substring(8);
      Optional<Instant> instant = started.equals("unknown") ? Optional.empty() : Optional.of(Instant.parse(started));
      return Optional.of(new OwnerMarker(pid, instant, lines[3].substring(5), lines[4].substring(8)));
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the owner may still be running: it ran on another machine, or a process with its pid
   * exists here and, where both start times are known, started when the owner did (otherwise the
   * pid was reused). Unknown means alive.
   */
  boolean mayBeAlive() {
    if (!host.equals(HOST)) {
      return true;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    Optional<Instant> start = process.get().info().startInstant();
    return started.isEmpty() || start.isEmpty() || start.get().equals(started.get());
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]", " ");
  }

  // Without a DNS lookup where the platform tells the name directly: a save must not hang on DNS.
  private static String hostName() {
    try {
      Path linux = Path.of("/proc/sys/kernel/hostname");
      if (Files.isReadable(linux)) {
        return Files.readString(linux, StandardCharsets.UTF_8).strip();
      }
    } catch (IOException | RuntimeException e) {
      // fall through to the other sources
    }
    String windows = System.getenv("COMPUTERNAME");
    if (windows != null && !windows.isBlank()) {
      return windows;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
