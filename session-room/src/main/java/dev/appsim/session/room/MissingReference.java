package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A reference that packaging was allowed to skip because its file could not be found, as the
 * manifest's {@code missing} list records it (FORMAT.md 1.3 and 2). The packaged copy names
 * nothing: a skipped session reference is written as {@code missing/<name>}, a skipped reference
 * inside an asset as a bare {@code <name>} that names no entry.
 *
 * <p>The two places a reference can sit are two types, so that a record always has exactly one
 * site: {@link InSession} (a JSON Pointer into the session) or {@link InAsset} (an asset entry and
 * where inside it). Code that needs the site tests which one it holds with {@code instanceof}.
 */
public sealed interface MissingReference permits MissingReference.InSession, MissingReference.InAsset {

  /** {@return what the packaged session or asset now says: {@code missing/<name>} or a bare name} */
  String path();

  /**
   * {@return the path as written before packaging, recorded only when the user asked
   * ({@link MissingFiles#RECORD_WITH_ORIGINAL_PATHS}), else {@code null}; for information only, no
   * reader resolves it}
   */
  @Nullable String original();

  /**
   * {@return this record carrying {@code newOriginal} (or none, for {@code null}), at the same site}
   *
   * @param newOriginal the path as written before packaging, or {@code null}
   */
  MissingReference withOriginal(@Nullable String newOriginal);

  /**
   * {@return a reference from the session itself, written as {@code path} ({@code missing/<name>})}
   *
   * @param pointer JSON Pointer of the reference in the session
   * @param path the replacement the session now holds, {@code missing/<name>}
   */
  static InSession inSession(String pointer, String path) {
    return new InSession(path, pointer, null);
  }

  /**
   * {@return a reference inside the asset entry {@code referrer}, written as the bare name {@code path}}
   *
   * @param referrer archive path of the asset holding the reference
   * @param location where inside it: JSON Pointer or {@code line N}
   * @param path the bare name the asset now holds
   */
  static InAsset inAsset(String referrer, String location, String path) {
    return new InAsset(path, referrer, location, null);
  }

  /**
   * A skipped reference from the session itself.
   *
   * @param path the replacement the session now holds, {@code missing/<name>}
   * @param pointer JSON Pointer of the reference in the session
   * @param original the path as written before packaging, or {@code null} when not recorded
   */
  record InSession(String path, String pointer, @Nullable String original) implements MissingReference {
    /**
     * Checks the components.
     *
     * @param path the replacement the session now holds, {@code missing/<name>}
     * @param pointer JSON Pointer of the reference in the session
     * @param original the path as written before packaging, or {@code null} when not recorded
     * @throws NullPointerException if {@code path} or {@code pointer} is {@code null}
     */
    public InSession {
      requireNonNull(path, "path is null");
      requireNonNull(pointer, "pointer is null");
    }

    @Override
    public InSession withOriginal(@Nullable String newOriginal) {
      return new InSession(path, pointer, newOriginal);
    }
  }

  /**
   * A skipped reference inside an asset entry of the room.
   *
   * @param path the bare name the asset now holds
   * @param referrer archive path of the asset holding the reference
   * @param location where inside {@code referrer}: JSON Pointer or {@code line N}
   * @param original the path as written before packaging, or {@code null} when not recorded
   */
  record InAsset(String path, String referrer, String location, @Nullable String original) implements MissingReference {
    /**
     * Checks the components.
     *
     * @param path the bare name the asset now holds
     * @param referrer archive path of the asset holding the reference
     * @param location where inside {@code referrer}: JSON Pointer or {@code line N}
     * @param original the path as written before packaging, or {@code null} when not recorded
     * @throws NullPointerException if {@code path}, {@code referrer} or {@code location} is {@code null}
     */
    public InAsset {
      requireNonNull(path, "path is null");
      requireNonNull(referrer, "referrer is null");
      requireNonNull(location, "location is null");
    }

    @Override
    public InAsset withOriginal(@Nullable String newOriginal) {
      return new InAsset(path, referrer, location, newOriginal);
    }
  }
}
