package dev.appsim.session.codec.io;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The process that made a temporary file, as recorded in its owner marker: process id, start
 * time (so a reused id is not mistaken for the owner) and host (a folder shared over the network
 * may hold another machine's live files). A temporary file is stale only when its owner is
 * provably dead: same host, and no process with that id and start time.
 */
record TempOwner(long pid, @Nullable Instant start, String host) {
  private static final String HEADER = "appsim-session temporary file owner";

  /** This process. */
  static final TempOwner CURRENT = current();

  /** The marker's text. */
  String format() {
    return HEADER + "\npid " + pid + "\nstart " + (start == null ? "unknown" : start.toString()) + "\nhost " + host
        + "\n";
  }

  /** Whether the owner has certainly exited; {@code false} whenever that cannot be known. */
  boolean isDead() {
    if (!host.equals(CURRENT.host)) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty()) {
      return true;
    }
    Optional<Instant> started = process.get().info().startInstant();
    return start != null && started.isPresent() && !started.get().equals(start);
  }

  /** The owner recorded in {@code marker}, or {@code null} if it is not a marker of ours. */
  static @Nullable TempOwner read(Path marker) {
    String text;
    try {
      if (Files.size(marker) > 4096) {
        return null;
      }
      text = Files.readString(marker, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    if (lines.length < 4 || !lines[0].equals(HEADER) || !lines[1].startsWith("pid ")
        || !lines[2].startsWith("start ") || !lines[3].startsWith("host ")) {
      return null;
    }
    try {
      long pid = Long.parseLong(lines[1].substring(4));
      String start = lines[2].substring(6);
      return new TempOwner(pid, start.equals("unknown") ? null : Instant.parse(start), lines[3].substring(5));
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }

  private static TempOwner current() {
    ProcessHandle self = ProcessHandle.current();
    return new TempOwner(self.pid(), self.info().startInstant().orElse(null), hostName());
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
