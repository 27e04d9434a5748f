package dev.appsim.session.testkit;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.FormatVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One golden {@code .room} archive shipped in this jar, packaged by a released version.
 *
 * @param version the room format version it was written in
 * @param name file name, e.g. {@code living-room.room}
 * @param sha256 lowercase hex SHA-256 of the archive, checked on every read
 */
public record GoldenRoom(FormatVersion version, String name, String sha256) {
  /**
   * Checks that no component is null.
   *
   * @param version the room format version it was written in
   * @param name file name
   * @param sha256 lowercase hex SHA-256 of the archive
   */
  public GoldenRoom {
    requireNonNull(version, "version is null");
    requireNonNull(name, "name is null");
    requireNonNull(sha256, "sha256 is null");
  }

  /**
   * {@return class-path resource name, e.g. {@code
   * dev/appsim/session/testkit/golden/1.0/living-room.room}}
   */
  public String resource() {
    return GoldenFiles.ROOT + version + "/" + name;
  }

  /**
   * The archive's bytes.
   *
   * @return the bytes, checked against {@link #sha256()}
   * @throws IllegalStateException if the resource is missing or was edited
   */
  public byte[] bytes() {
    return GoldenFile.load(resource(), sha256);
  }

  /**
   * Copies the archive to {@code folder}/{@link #name()}: rooms are opened from files.
   *
   * @param folder where to put the copy; made if missing
   * @return the copy
   * @throws IOException if the copy cannot be written
   */
  public Path copyTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    return Files.write(folder.resolve(name), bytes());
  }

  @Override
  public String toString() {
    return version + "/" + name;
  }
}
