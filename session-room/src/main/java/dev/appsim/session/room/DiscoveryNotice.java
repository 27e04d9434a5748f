package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * Something discovery saw in an asset but did not follow, so the dependency graph may lack files:
 * a required glTF extension that is not known here, or words of an OBJ {@code mtllib} line that
 * name no file. Reported in plans and by {@code session deps}, never dropped silently.
 *
 * @param file the asset
 * @param location where in it: a JSON Pointer or {@code line N}
 * @param message one sentence: what was not followed and why
 */
public record DiscoveryNotice(Path file, String location, String message) {
  /**
   * Checks the components.
   *
   * @param file the asset
   * @param location where in it: a JSON Pointer or {@code line N}
   * @param message one sentence: what was not followed and why
   * @throws NullPointerException if a component is {@code null}
   */
  public DiscoveryNotice {
    requireNonNull(file, "file is null");
    requireNonNull(location, "location is null");
    requireNonNull(message, "message is null");
  }

  /** {@code /x/chair.gltf /extensionsRequired/0: requires ...}. */
  @Override
  public String toString() {
    return file + " " + location + ": " + message;
  }
}
