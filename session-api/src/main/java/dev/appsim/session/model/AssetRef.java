package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/**
 * A file that a session references, where the reference sits, and what the file is for.
 *
 * @param pointer JSON Pointer of the string in the session, e.g. {@code /scene/nodes/3/asset}
 * @param path the path exactly as written; never resolved by the model
 * @param role what the file is used for
 */
public record AssetRef(String pointer, String path, AssetRole role) {
  /**
   * Checks that no component is null.
   *
   * @param pointer JSON Pointer of the string in the session
   * @param path the path exactly as written
   * @param role what the file is used for
   * @throws NullPointerException if an argument is null
   */
  public AssetRef {
    requireNonNull(pointer, "pointer is null");
    requireNonNull(path, "path is null");
    requireNonNull(role, "role is null");
  }
}
