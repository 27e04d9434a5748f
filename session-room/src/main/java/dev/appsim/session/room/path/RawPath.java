package dev.appsim.session.room.path;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.Excerpt;
import java.util.List;

/**
 * A parsed raw path: its form, its root and its normalised segments, independent of the host OS.
 *
 * <p>Segments never contain {@code /}, {@code \}, are never empty and never {@code "."}; a
 * {@code ".."} segment only appears at the start of a {@link Kind#RELATIVE} or {@link Kind#HOME}
 * path (inner ones are folded lexically, ones above an absolute root are dropped as the OS does).
 *
 * @param kind the form of the path
 * @param root {@code "C:"} (upper-case letter) for a drive path, {@code "\\host\share"} for UNC,
 *     {@code "/"} for POSIX absolute, {@code "~"} for the home folder, {@code ""} for relative
 * @param segments the path components below the root
 */
public record RawPath(Kind kind, String root, List<String> segments) {

  /** The form of a raw path. */
  public enum Kind {
    /** {@code C:\x}, {@code C:/x}, {@code file:///C:/x}. */
    WINDOWS_DRIVE,
    /** {@code \\host\share\x}, {@code //host/share/x}, {@code file://host/share/x}. */
    UNC,
    /** {@code /home/x}, {@code file:///home/x}. */
    POSIX_ABSOLUTE,
    /** {@code ~} or {@code ~/x}: below the home folder given to the resolver. */
    HOME,
    /** Anything else: relative to the folder of the referencing file. */
    RELATIVE
  }

  /**
   * Checks the components and copies {@code segments}.
   *
   * @param kind the form of the path
   * @param root {@code "C:"} (upper-case letter) for a drive path, {@code "\\host\share"} for UNC,
   *     {@code "/"} for POSIX absolute, {@code "~"} for the home folder, {@code ""} for relative
   * @param segments the path components below the root
   * @throws NullPointerException if a component is {@code null}
   */
  public RawPath {
    requireNonNull(kind, "kind is null");
    requireNonNull(root, "root is null");
    segments = List.copyOf(requireNonNull(segments, "segments is null"));
  }

  /** {@return whether this path was written on Windows: drive and UNC paths compare case-insensitively} */
  public boolean isWindowsStyle() {
    return kind == Kind.WINDOWS_DRIVE || kind == Kind.UNC;
  }

  /**
   * Whether {@code prefix} is a component-wise prefix of this path: same kind, same root, and its
   * segments equal this path's first segments. Windows-style paths compare case-insensitively
   * (their separators were already unified by parsing); all others compare exactly.
   *
   * @param prefix the candidate prefix
   * @return whether this path starts with it; a path starts with itself
   */
  public boolean startsWith(RawPath prefix) {
    requireNonNull(prefix, "prefix is null");
    if (prefix.kind != kind || prefix.segments.size() > segments.size()) {
      return false;
    }
    boolean ignoreCase = isWindowsStyle();
    if (!same(prefix.root, root, ignoreCase)) {
      return false;
    }
    for (int i = 0; i < prefix.segments.size(); i++) {
      if (!same(prefix.segments.get(i), segments.get(i), ignoreCase)) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(String a, String b, boolean ignoreCase) {
    return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
  }

  /** The canonical text: {@code C:\a\b}, {@code \\host\share\a}, {@code /a/b}, {@code ~/a}, {@code a/b}. */
  @Override
  public String toString() {
    switch (kind) {
      case WINDOWS_DRIVE:
        return root + "\\" + String.join("\\", segments);
      case UNC:
        return segments.isEmpty() ? root : root + "\\" + String.join("\\", segments);
      case POSIX_ABSOLUTE:
        return "/" + String.join("/", segments);
      case HOME:
        return segments.isEmpty() ? "~" : "~/" + String.join("/", segments);
      default:
        return String.join("/", segments);
    }
  }

  /**
   * Whether {@code raw} can be stored as is inside a room archive: a non-empty relative path that
   * uses {@code /} only, has no empty, {@code "."} or {@code ".."} segment, no {@code :} (drive or
   * scheme), no leading {@code /}, and no control character. It must also read literally once
   * unpacked: no leading {@code ~} (the home folder) and no {@code $} or {@code %}, which
   * {@link PathResolver} expands as environment variables. Pure: the file system is not touched.
   *
   * @param raw the path as it would be written in the room
   * @return whether it may be stored unchanged
   */
  public static boolean isArchiveSafeRelative(String raw) {
    requireNonNull(raw, "raw is null");
    if (raw.isEmpty() || raw.startsWith("/") || raw.startsWith("~")) {
      return false;
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' || c == ':' || c == '$' || c == '%' || c < 0x20 || c == 0x7F) {
        return false;
      }
    }
    for (String segment : raw.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** {@code text} as messages and locations show it: see {@link Excerpt}. */
  static String abbreviate(String text) {
    return Excerpt.of(text);
  }
}
