package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link RoomPackager#execute} wrote.
 *
 * @param room the room written
 * @param base the previous room entries could be copied from, if one was used
 *     ({@link PackageOptions#base()})
 * @param entries how many entries the room holds ({@code mimetype} and {@code room.json} included)
 * @param copiedFromBase the entries whose compressed bytes were copied from the base, in archive
 *     order; every other entry was compressed from its source
 */
public record PackageResult(Path room, Optional<Path> base, int entries, List<String> copiedFromBase) {

  /**
   * Checks the components and copies {@code copiedFromBase}.
   *
   * @param room the room written
   * @param base the previous room entries could be copied from, if one was used
   *     ({@link PackageOptions#base()})
   * @param entries how many entries the room holds ({@code mimetype} and {@code room.json} included)
   * @param copiedFromBase the entries whose compressed bytes were copied from the base, in archive
   *     order; every other entry was compressed from its source
   * @throws NullPointerException if a component is {@code null}
   */
  public PackageResult {
    requireNonNull(room, "room is null");
    requireNonNull(base, "base is null");
    copiedFromBase = List.copyOf(requireNonNull(copiedFromBase, "copiedFromBase is null"));
  }
}
