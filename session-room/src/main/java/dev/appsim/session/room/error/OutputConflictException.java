package dev.appsim.session.room.error;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * The room to write is a file that packaging reads: the session itself or one of the files it
 * references, reached by any spelling of the path, a symbolic link or a hard link. Writing it
 * would destroy the input, so nothing was written. {@link #location()} is the output path.
 */
public final class OutputConflictException extends RoomException {
  private static final long serialVersionUID = 1L;

  private final transient Path source;

  /**
   * @param output the room path as given
   * @param source the input it is the same file as
   * @param role what the input is to packaging: "the session being packaged" or "packaged as assets/x"
   */
  public OutputConflictException(Path output, Path source, String role) {
    super(output.toString(), "output " + output + " is the same file as " + source + " (" + role
        + "); writing the room there would destroy its input, give another output path");
    this.source = requireNonNull(source, "source is null");
  }

  /** {@return the input file that the output would have overwritten} */
  public Path source() {
    return source;
  }
}
