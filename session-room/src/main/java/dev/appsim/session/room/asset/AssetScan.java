package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What scanning one asset found.
 *
 * @param references every file reference, in document order
 * @param notices what the scanner saw but could not follow (empty when the references are all
 *     there is)
 */
public record AssetScan(List<AssetReference> references, List<AssetNotice> notices) {
  /** A scan of a file that has no references. */
  public static final AssetScan EMPTY = new AssetScan(List.of(), List.of());

  /**
   * Checks the components and copies the lists.
   *
   * @param references every file reference, in document order
   * @param notices what the scanner saw but could not follow (empty when the references are all
   *     there is)
   * @throws NullPointerException if a component is {@code null}
   */
  public AssetScan {
    references = List.copyOf(requireNonNull(references, "references is null"));
    notices = List.copyOf(requireNonNull(notices, "notices is null"));
  }
}
