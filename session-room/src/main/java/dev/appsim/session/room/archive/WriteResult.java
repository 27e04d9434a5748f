package dev.appsim.session.room.archive;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What {@link RoomZipWriter#write} wrote.
 *
 * @param entries how many entries the archive holds
 * @param copied names of the entries whose compressed bytes were copied from an earlier archive
 *     ({@link ZipEntrySource#reusing}) instead of compressed, in archive order
 */
public record WriteResult(int entries, List<String> copied) {

  /**
   * Checks the components and copies {@code copied}.
   *
   * @param entries how many entries the archive holds
   * @param copied names of the entries whose compressed bytes were copied from an earlier archive
   *     ({@link ZipEntrySource#reusing}) instead of compressed, in archive order
   * @throws NullPointerException if {@code copied} is {@code null}
   */
  public WriteResult {
    copied = List.copyOf(requireNonNull(copied, "copied is null"));
  }
}
