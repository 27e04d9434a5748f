package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A reference that packaging was allowed to skip because its file could not be found, as the
 * manifest's {@code missing} list records it (FORMAT.md 1.3 and 2). The packaged copy names
 * nothing: a skipped session reference is written as {@code missing/<name>}, a skipped reference
 * inside an asset as a bare {@code <name>} that names no entry.
 *
 * @param path what the packaged session or asset now says: {@code missing/<name>} or a bare name
 * @param pointer JSON Pointer of the reference in the session, or {@code ""} when the reference
 *     sits inside an asset
 * @param referrer archive path of the asset holding the reference, or {@code null} for the session
 * @param location where inside {@code referrer} (JSON Pointer or {@code line N}), or {@code null}
 * @param original the path as written before packaging, recorded only when the user asked
 *     ({@link MissingFiles#RECORD_WITH_ORIGINAL_PATHS}); for information only, no reader resolves it
 */
public record MissingReference(
    String path, String pointer, @Nullable String referrer, @Nullable String location, @Nullable String original) {
  public MissingReference {
    requireNonNull(path, "path is null");
    requireNonNull(pointer, "pointer is null");
  }

  /** A record without the original path. */
  public MissingReference(String path, String pointer, @Nullable String referrer, @Nullable String location) {
    this(path, pointer, referrer, location, null);
  }

  /** A reference from the session itself, written as {@code path} ({@code missing/<name>}). */
  public static MissingReference inSession(String pointer, String path) {
    return new MissingReference(path, pointer, null, null, null);
  }

  /** A reference inside the asset entry {@code referrer}, written as the bare name {@code path}. */
  public static MissingReference inAsset(String referrer, String location, String path) {
    return new MissingReference(path, "", requireNonNull(referrer, "referrer is null"), location, null);
  }

  /** This record carrying {@code newOriginal} (or none, for {@code null}). */
  public MissingReference withOriginal(@Nullable String newOriginal) {
    return new MissingReference(path, pointer, referrer, location, newOriginal);
  }

  /** Whether the reference sits in the session rather than in an asset. */
  public boolean isInSession() {
    return referrer == null;
  }
}
