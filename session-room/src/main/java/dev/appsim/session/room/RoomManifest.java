package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.Generator;
import dev.appsim.session.room.internal.RoomReferences;
import java.util.List;
import java.util.Optional;

/**
 * The {@code room.json} manifest of a room (FORMAT.md section 2): which entry holds the session,
 * and every other entry with its size, SHA-256 and media type, sorted by path in {@link EntryOrder},
 * and the references packaging was allowed to skip. Construction enforces the shape of the rule
 * "inside a room, nothing points outside it": no entry lies under {@code missing/}, and every
 * missing record is a {@code missing/<name>} of the session or a bare name in an asset entry that
 * names no entry (so no record can exempt an absolute path, a URI or {@code ~}).
 *
 * @param formatVersion the room format version ({@code formatVersion}), {@link #CURRENT_VERSION} when written here
 * @param generator the tool that wrote the room ({@code generator}: name and version)
 * @param session the session entry's name, {@value #SESSION_JSON} or {@value #SESSION_SMILE}
 * @param entries every entry but {@code mimetype} and {@code room.json}, the session's included,
 *     sorted by path in {@link EntryOrder}
 * @param missing the references packaging was allowed to skip, empty when none was
 */
public record RoomManifest(
    FormatVersion formatVersion,
    Generator generator,
    String session,
    List<ManifestEntry> entries,
    List<MissingReference> missing) {

  /** The value of the manifest's {@code format} member. */
  public static final String FORMAT = "appsim.room";
  /**
   * The room format version this library writes, and whose major it reads (FORMAT.md section 2).
   * The room format is versioned on its own: a new session format version does not change it.
   */
  public static final FormatVersion CURRENT_VERSION = new FormatVersion(1, 0);
  /** The content of the {@code mimetype} entry. */
  public static final String MIMETYPE = "application/vnd.appsim.room+zip";
  /** Name of the first entry. */
  public static final String MIMETYPE_ENTRY = "mimetype";
  /** The session entry of a room whose session is JSON. */
  public static final String SESSION_JSON = "session.json";
  /** The session entry of a room whose session is Smile. */
  public static final String SESSION_SMILE = "session.smile";
  /** Name of the manifest entry. */
  public static final String MANIFEST_ENTRY = "room.json";

  /**
   * How a session entry named {@code entry} is stored: Smile for {@value #SESSION_SMILE}, else
   * JSON. The one place that decides a session's encoding from its entry name.
   *
   * @param entry a session entry name, {@value #SESSION_JSON} or {@value #SESSION_SMILE}
   * @return the encoding of that entry
   */
  public static SessionFormat sessionFormatOf(String entry) {
    requireNonNull(entry, "entry is null");
    return entry.equals(SESSION_SMILE) ? SessionFormat.SMILE : SessionFormat.JSON;
  }

  /**
   * {@return the session entry's name for a session stored as {@code format}: the inverse of {@link #sessionFormatOf}}
   *
   * @param format how the session is encoded
   */
  public static String sessionEntryOf(SessionFormat format) {
    requireNonNull(format, "format is null");
    return format == SessionFormat.SMILE ? SESSION_SMILE : SESSION_JSON;
  }

  /** {@return how this room's session entry is stored} */
  public SessionFormat sessionFormat() {
    return sessionFormatOf(session);
  }

  /**
   * Checks the components and copies the lists.
   *
   * @param formatVersion the room format version ({@code formatVersion}), {@link #CURRENT_VERSION} when written here
   * @param generator the tool that wrote the room ({@code generator}: name and version)
   * @param session the session entry's name, {@value #SESSION_JSON} or {@value #SESSION_SMILE}
   * @param entries every entry but {@code mimetype} and {@code room.json}, the session's included,
   *     sorted by path in {@link EntryOrder}
   * @param missing the references packaging was allowed to skip, empty when none was
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if the entries are not sorted by path in {@link EntryOrder}
   *     without repeats, the session entry is not {@value #SESSION_JSON} or {@value #SESSION_SMILE}
   *     or not among them, an entry lies under {@code missing/}, or a missing record could name an
   *     entry or a path outside the room
   */
  public RoomManifest {
    requireNonNull(formatVersion, "formatVersion is null");
    requireNonNull(generator, "generator is null");
    requireNonNull(session, "session is null");
    entries = List.copyOf(requireNonNull(entries, "entries is null"));
    missing = List.copyOf(requireNonNull(missing, "missing is null"));
    for (int i = 1; i < entries.size(); i++) {
      if (EntryOrder.compare(entries.get(i - 1).path(), entries.get(i).path()) >= 0) {
        throw new IllegalArgumentException("entries must be sorted by path without repeats: \""
            + entries.get(i - 1).path() + "\" comes before \"" + entries.get(i).path() + "\"");
      }
    }
    if (find(entries, session).isEmpty()) {
      throw new IllegalArgumentException("session entry \"" + session + "\" is not among the entries");
    }
    // At the root, so paths relative to the unpacked session are the entry names themselves.
    if (!session.equals(SESSION_JSON) && !session.equals(SESSION_SMILE)) {
      throw new IllegalArgumentException("session entry \"" + session + "\" must be \"" + SESSION_JSON
          + "\" or \"" + SESSION_SMILE + "\"");
    }
    for (ManifestEntry e : entries) {
      if (RoomReferences.isUnderMissing(e.path())) {
        throw new IllegalArgumentException("entry \"" + e.path() + "\" lies under \"" + RoomReferences.MISSING_FOLDER
            + "\", which must hold no entry so that skipped references name nothing");
      }
    }
    List<ManifestEntry> listed = entries;
    for (int i = 0; i < missing.size(); i++) {
      MissingReference m = missing.get(i);
      Optional<String> problem = RoomReferences.recordProblem(m,
          path -> !path.equals(session) && find(listed, path).isPresent());
      if (problem.isPresent()) {
        throw new IllegalArgumentException("/missing/" + i + ": " + problem.get());
      }
    }
  }

  /**
   * {@return the entry named {@code path}, if listed}
   *
   * @param path the entry name, {@code /}-separated
   */
  public Optional<ManifestEntry> entry(String path) {
    return find(entries, path);
  }

  // Binary search: entries are sorted, and rooms may list thousands of them.
  private static Optional<ManifestEntry> find(List<ManifestEntry> entries, String path) {
    int low = 0;
    int high = entries.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = EntryOrder.compare(entries.get(mid).path(), path);
      if (c == 0) {
        return Optional.of(entries.get(mid));
      } else if (c < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return Optional.empty();
  }

  /** {@return sum of all entry sizes} */
  public long totalSize() {
    return entries.stream().mapToLong(ManifestEntry::size).sum();
  }
}
