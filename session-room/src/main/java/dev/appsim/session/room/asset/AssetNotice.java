package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

/**
 * Something in an asset that may name files the scanner does not follow, such as a required glTF
 * extension it does not know. A notice means the list of references may be incomplete; it is
 * reported, never silently dropped.
 *
 * @param location where in the asset: a JSON Pointer ({@code /extensionsRequired/0}) or {@code line 3}
 * @param message one sentence saying what was not followed and why
 */
public record AssetNotice(String location, String message) {
  /**
   * Checks the components.
   *
   * @param location where in the asset: a JSON Pointer ({@code /extensionsRequired/0}) or {@code line 3}
   * @param message one sentence saying what was not followed and why
   * @throws NullPointerException if a component is {@code null}
   */
  public AssetNotice {
    requireNonNull(location, "location is null");
    requireNonNull(message, "message is null");
  }
}
