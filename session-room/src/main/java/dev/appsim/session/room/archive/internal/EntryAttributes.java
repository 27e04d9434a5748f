package dev.appsim.session.room.archive.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * What the external attributes say an entry is. Tools read the Unix mode in the high half
 * whatever host the "version made by" names (7-Zip and libarchive do), and the DOS bits in the
 * low half (7-Zip creates a folder for either), so a folder attribute needs a name ending with
 * {@code /}, and no entry may be a link, device or reparse point.
 */
final class EntryAttributes {
  private static final int S_IFMT = 0170000;
  private static final int S_IFLNK = 0120000;
  private static final int S_IFREG = 0100000;
  private static final int S_IFDIR = 0040000;
  private static final long DOS_DIRECTORY = 0x10;
  private static final long DOS_REPARSE_POINT = 0x400;

  private EntryAttributes() {}

  /** What is wrong with the attributes, or empty. */
  static Optional<String> check(long externalAttributes, boolean directoryName) {
    int mode = (int) (externalAttributes >>> 16);
    int type = mode & S_IFMT;
    if (type == S_IFLNK) {
      return Optional.of("is a symbolic link");
    }
    if (type != 0 && type != S_IFREG && type != S_IFDIR) {
      return Optional.of(String.format(Locale.ROOT, "is a special file (mode %06o)", mode));
    }
    if ((externalAttributes & DOS_REPARSE_POINT) != 0) {
      return Optional.of("is a reparse point (a Windows link)");
    }
    boolean folderAttribute = type == S_IFDIR || (externalAttributes & DOS_DIRECTORY) != 0;
    if (folderAttribute && !directoryName) {
      return Optional.of(String.format(Locale.ROOT, "is marked as a folder (attributes 0x%08X) but its name does not"
          + " end with '/'", externalAttributes));
    }
    return Optional.empty();
  }
}
