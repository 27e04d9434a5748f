package dev.appsim.session.room.internal;

import dev.appsim.session.room.text.PercentDecoding;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The names packaging writes in place of references it was allowed to skip (FORMAT.md 1.3), so
 * that the packaged copy names nothing: not the local path as written (which could reach any file
 * once unpacked), and no entry of the room. Each name is the last segment of the path as written,
 * made safe by the asset-name rules of {@link ArchiveNames}.
 */
public final class MissingNames {
  private MissingNames() {}

  /** Session references become {@code missing/<name>}, unique among the room's missing names. */
  public static final class InSession {
    private final ArchiveNames names = new ArchiveNames(RoomReferences.MISSING_FOLDER);
    private final Map<String, String> byRaw = new HashMap<>();

    /** The name for {@code raw}; a path written twice gets one name, two paths two names. */
    public String name(String raw) {
      return byRaw.computeIfAbsent(raw, r -> names.allocate(lastSegment(r)));
    }
  }

  /**
   * References inside assets become bare names beside the asset (all assets share {@link
   * ArchiveNames#ASSETS}) that clash with no entry there, even on case-insensitive file systems,
   * so that a file dropped in later under that name is found and nothing packaged is.
   */
  public static final class InAssets {
    private final ArchiveNames names = new ArchiveNames("");
    private final Map<String, String> byName = new HashMap<>();

    /** @param entries every asset entry name of the room, {@code assets/...} */
    public InAssets(Collection<String> entries) {
      for (String entry : entries) {
        names.reserve(entry.substring(entry.lastIndexOf('/') + 1));
      }
    }

    /** The bare name for {@code raw}; paths with the same last segment share it. */
    public String name(String raw) {
      return byName.computeIfAbsent(ArchiveNames.sanitize(lastSegment(raw)), names::allocate);
    }
  }

  // Both separators, since the path may come from Windows or POSIX; ArchiveNames makes it safe
  // (an empty, "." or ".." segment becomes "file"). A URI's query or fragment is not part of the
  // name, and its escapes are decoded ("fabric%20blue.png" is "fabric blue.png").
  static String lastSegment(String raw) {
    boolean uri = raw.regionMatches(true, 0, "file:", 0, 5);
    String path = uri ? raw.split("[?#]", 2)[0] : raw;
    String segment = lastOf(path);
    if (uri) {
      try {
        return PercentDecoding.decode(segment);
      } catch (PercentDecoding.MalformedException e) {
        return segment;
      }
    }
    return segment;
  }

  private static String lastOf(String raw) {
    int end = raw.length();
    while (end > 0 && (raw.charAt(end - 1) == '/' || raw.charAt(end - 1) == '\\')) {
      end--;
    }
    int start = Math.max(raw.lastIndexOf('/', end - 1), raw.lastIndexOf('\\', end - 1)) + 1;
    return raw.substring(start, end);
  }
}
