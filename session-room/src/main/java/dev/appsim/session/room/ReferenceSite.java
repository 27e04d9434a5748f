package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where a file reference was written: in the session (at a JSON Pointer), or inside an asset
 * (at a JSON Pointer of a glTF file, or a line of an OBJ or MTL file).
 *
 * @param referrer the asset holding the reference, or {@code null} for the session itself
 * @param location JSON Pointer in the session or the asset, or {@code line N}
 */
public record ReferenceSite(@Nullable Path referrer, String location) {
  /**
   * Checks the components.
   *
   * @param referrer the asset holding the reference, or {@code null} for the session itself
   * @param location JSON Pointer in the session or the asset, or {@code line N}
   * @throws NullPointerException if {@code location} is {@code null}
   */
  public ReferenceSite {
    requireNonNull(location, "location is null");
  }

  /**
   * {@return a reference in the session document}
   *
   * @param pointer JSON Pointer of the reference in the session
   */
  public static ReferenceSite inSession(String pointer) {
    return new ReferenceSite(null, pointer);
  }

  /** {@return whether the reference was written in the session rather than in an asset} */
  public boolean isInSession() {
    return referrer == null;
  }

  /** {@code /scene/nodes/3/asset} or {@code /home/bo/ml/sofa.gltf /images/0/uri}. */
  @Override
  public String toString() {
    return referrer == null ? "session " + location : referrer + " " + location;
  }
}
