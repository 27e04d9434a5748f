package dev.appsim.session.room.archive;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * An entry of an earlier archive whose compressed bytes {@link RoomZipWriter} may copy instead of
 * compressing a source again (see {@link ZipEntrySource#reusing}). The writer copies them only
 * after checking, for the entry it writes: that the old entry is deflated; that its data inflates
 * (size and CRC-32 checked against the directory) to content whose SHA-256 is {@code sha256};
 * and that compressing the start of that content with the writer's level gives the start of the
 * old data. It does not read the source for a copied entry: {@code sha256} stands for the
 * source's content, so the copy is the content the caller planned. While copying it checks the
 * old data again (a CRC-32 of the raw bytes), so an archive that changes in between fails the
 * write rather than leaking into it. Anything else, including a corrupt or hostile earlier
 * archive, makes the writer compress the source as usual.
 *
 * @param archive the earlier archive, open for the whole write
 * @param entry the entry of {@code archive} to copy from
 * @param sha256 SHA-256 (lowercase hex) of the content the entry must hold: the caller's
 *     planned content of the source (the packager hashed its sources when planning)
 */
public record ReusableEntry(SafeZipReader archive, ZipEntryInfo entry, String sha256) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Checks the components.
   *
   * @param archive the earlier archive, open for the whole write
   * @param entry the entry of {@code archive} to copy from
   * @param sha256 SHA-256 (lowercase hex) of the content the entry must hold: the caller's
   *     planned content of the source (the packager hashed its sources when planning)
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if {@code sha256} is not 64 lowercase hex digits
   */
  public ReusableEntry {
    requireNonNull(archive, "archive is null");
    requireNonNull(entry, "entry is null");
    requireNonNull(sha256, "sha256 is null");
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
    }
  }
}
