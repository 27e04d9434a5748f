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
  /**
   * Checks the components.
   *
   * @param path what the packaged session or asset now says: {@code missing/<name>} or a bare name
   * @param pointer JSON Pointer of the reference in the session, or {@code ""} when the reference
   *     sits inside an asset
   * @param referrer archive path of the asset holding the reference, or {@code null} for the session
   * @param location where inside {@code referrer} (JSON Pointer or {@code line N}), or {@code null}
   * @param original the path as written before packaging, recorded only when the user asked
   *     ({@link MissingFiles#RECORD_WITH_ORIGINAL_PATHS}); for information only, no reader resolves it
   * @throws NullPointerException if {@code path} or {@code pointer} is {@code null}
   */
  public MissingReference {
    requireNonNull(path, "path is null");
    requireNonNull(pointer, "pointer is null");
  }

  /**
   * A record without the original path.
   *
   * @param path what the packaged session or asset now says
   * @param pointer JSON Pointer of the reference in the session, or {@code ""} inside an asset
   * @param referrer archive path of the asset holding the reference, or {@code null} for the session
   * @param location where inside {@code referrer}, or {@code null}
   */
  public MissingReference(String path, String pointer, @Nullable String referrer, @Nullable String location) {
    this(path, pointer, referrer, location, null);
  }

  /**
   * {@return a reference from the session itself, written as {@code path} ({@code missing/<name>})}
   *
   * @param pointer JSON Pointer of the reference in the session
   * @param path the replacement the session now holds, {@code missing/<name>}
   */
  public static MissingReference inSession(String pointer, String path) {
    return new MissingReference(path, pointer, null, null, null);
  }

  /**
   * {@return a reference inside the asset entry {@code referrer}, written as the bare name {@code path}}
   *
   * @param referrer archive path of the asset holding the reference, not {@code null}
   * @param location where inside it: JSON Pointer or {@code line N}
   * @param path the bare name the asset now holds
   */
  public static MissingReference inAsset(String referrer, String location, String path) {
    return new MissingReference(path, "", requireNonNull(referrer, "referrer is null"), location, null);
  }

  /**
   * {@return this record carrying {@code newOriginal} (or none, for {@code null})}
   *
   * @param newOriginal the path as written before packaging, or {@code null}
   */
  public MissingReference withOriginal(@Nullable String newOriginal) {
    return new MissingReference(path, pointer, referrer, location, newOriginal);
  }

  /** {@return whether the reference sits in the session rather than in an asset} */
  public boolean isInSession() {
    return referrer == null;
  }
}
