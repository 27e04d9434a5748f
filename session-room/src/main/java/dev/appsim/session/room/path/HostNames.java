package dev.appsim.session.room.path;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether the platform file system can represent a name in this JVM. Java 17 on Linux converts
 * file names with {@code sun.jnu.encoding}, fixed at start-up from the locale (the command line
 * cannot override it); under {@code LC_ALL=C} that is ASCII, so a non-ASCII name cannot be turned
 * into a path ({@code InvalidPathException}) and a listed one comes back with U+FFFD in place of
 * its bytes. Other file systems (jimfs) are not limited.
 */
final class HostNames {
  private static final String JNU_NAME = System.getProperty("sun.jnu.encoding", "UTF-8");
  private static final Charset JNU = jnu();

  private HostNames() {}

  private static Charset jnu() {
    try {
      return Charset.forName(JNU_NAME);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** Fails if {@code text} cannot be a file name of {@code fs} in this JVM. */
  static void requireRepresentable(FileSystem fs, String text, String location) {
    if (fs != FileSystems.getDefault() || JNU.equals(StandardCharsets.UTF_8)) {
      return;
    }
    CharsetEncoder encoder = JNU.newEncoder();
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      int c = text.codePointAt(i);
      if (c == 0xFFFD || !encoder.canEncode(new String(Character.toChars(c)))) {
        throw new HostEncodingException(location, describe(text, c));
      }
    }
  }

  /** Fails if {@code path}, found on disk, does not read back as the same name. */
  static void requireFaithful(Path path, String location) {
    requireRepresentable(path.getFileSystem(), path.toString(), location);
  }

  private static String describe(String text, int c) {
    String what = c == 0xFFFD
        ? "a name whose bytes it could not decode (shown as U+FFFD)"
        : "'" + new String(Character.toChars(c)) + "' (" + String.format(Locale.ROOT, "U+%04X", c) + ")";
    return "\"" + RawPath.abbreviate(text) + "\" cannot be used as a file name by this Java: it converts file names"
        + " with " + JNU_NAME + " (sun.jnu.encoding, from the locale), which cannot represent " + what
        + "; run it under a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (the session launcher does this)";
  }
}
