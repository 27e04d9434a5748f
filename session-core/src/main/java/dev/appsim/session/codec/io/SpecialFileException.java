package dev.appsim.session.codec.io;

import java.nio.file.FileSystemException;

/**
 * A save was asked to replace something that is not a regular file: a folder, a device such as
 * {@code /dev/null}, a FIFO or a socket. Replacing it by a file would destroy it (as root,
 * {@code convert x /dev/null} used to replace {@code /dev/null}); writing into it would not be
 * atomic. Nothing was written.
 */
public final class SpecialFileException extends FileSystemException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the path that was to be replaced
   * @param kind what it is, e.g. {@code "a FIFO"}
   */
  public SpecialFileException(String file, String kind) {
    super(file, null, "is " + kind + ", not a regular file; a save replaces only regular files");
  }
}
