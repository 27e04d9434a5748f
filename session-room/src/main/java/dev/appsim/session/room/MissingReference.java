package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A reference that packaging was allowed to skip because its file could not be found. The
 * reference stays as written in the packaged copy.
 *
 * @param path the raw path as written
 * @param pointer JSON Pointer of the reference in the session, or {@code ""} when the reference
 *     sits inside an asset
 * @param referrer archive path of the asset holding the reference, or {@code null} for the session
 * @param location where inside {@code referrer} (JSON Pointer or {@code line N}), or {@code null}
 */
public record MissingReference(String path, String pointer, @Nullable String referrer, @Nullable String location) {
  public MissingReference {
    requireNonNull(path, "path is null");
    requireNonNull(pointer, "pointer is null");
  }

  /** A reference from the session itself. */
  public static MissingReference inSession(String pointer, String path) {
    return new MissingReference(path, pointer, null, null);
  }
}
