package dev.appsim.session.room.internal;

import dev.appsim.session.room.archive.internal.EntryNames;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives every packaged file a readable entry name under {@code assets/}: the source's own file
 * name, made safe for every platform's file system, with {@code -2}, {@code -3}... before the
 * extension when a different file already took the name. Names are compared case-insensitively,
 * after Unicode normalisation and without invisible (default-ignorable) code points, because a
 * room must unpack on Windows and macOS too, and because readers reject names equal but for
 * those.
 *
 * <p>All assets share one folder so that references between them (a glTF's buffers and images,
 * an OBJ's material library, an MTL's textures) become bare file names: no packaged path ever
 * contains {@code ..} (FORMAT.md 1.3), and every loader resolves them.
 */
final class ArchiveNames {
  /** The folder of every asset entry. */
  public static final String ASSETS = "assets/";

  private static final int MAX_NAME_BYTES = 200;

  private final String folder;
  private final Set<String> taken = new HashSet<>();

  /** Names under {@link #ASSETS}. */
  public ArchiveNames() {
    this(ASSETS);
  }

  /** Names under {@code folder} ({@code ""} or ending with {@code /}), by the same rules. */
  public ArchiveNames(String folder) {
    this.folder = folder;
  }

  /** Marks {@code name} (without the folder) as given, so that {@link #allocate} never returns it. */
  public void reserve(String name) {
    taken.add(key(name));
  }

  /** A new entry name for a file called {@code fileName}, never equal to one given before. */
  public String allocate(String fileName) {
    String safe = sanitize(fileName);
    int dot = safe.lastIndexOf('.');
    String stem = dot > 0 ? safe.substring(0, dot) : safe;
    String ext = dot > 0 ? safe.substring(dot) : "";
    String candidate = safe;
    for (int n = 2; !taken.add(key(candidate)); n++) {
      candidate = stem + "-" + n + ext;
    }
    return folder + candidate;
  }

  // The reader's own fold ("ß" and "ss" clash), so the packager never names what Room.open refuses.
  private static String key(String name) {
    return EntryNames.foldKey(name);
  }

  /**
   * {@code fileName} with characters that some platform forbids replaced by {@code _}, and
   * without default-ignorable code points (U+200B..U+200F, U+00AD, U+FEFF, variation
   * selectors...): they are invisible, and HFS+ drops them, so {@code a\u200Cb} and {@code ab}
   * would be one file there and look like one everywhere.
   */
  static String sanitize(String fileName) {
    String nfc = Normalizer.normalize(EntryNames.withoutIgnorables(fileName), Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    nfc.codePoints().forEach(c -> {
      // U+FFFD stands for undecodable bytes in a file name; readers refuse it as invalid UTF-8.
      // '$' and '%' would be read as environment variables when the unpacked paths are resolved.
      boolean bad = c < 0x20 || c == 0x7F || c == 0xFFFD || "\\/:*?\"<>|$%".indexOf(c) >= 0
          || (c >= 0x80 && c < 0xA0) || Character.getType(c) == Character.SURROGATE;
      out.appendCodePoint(bad ? '_' : c);
    });
    String name = withoutTrailingDotsAndSpaces(out.toString().strip());
    // A bare name starting with '~' would be read as the home folder by path resolvers.
    if (name.startsWith("~")) {
      name = "_" + name.substring(1);
    }
    if (name.isEmpty()) {
      name = "file";
    }
    if (EntryNames.isWindowsDevice(name)) {
      name = "_" + name;
    }
    // Cutting may expose a trailing dot or space again, which readers refuse.
    return withoutTrailingDotsAndSpaces(shorten(name));
  }

  private static String withoutTrailingDotsAndSpaces(String name) {
    int end = name.length();
    while (end > 0 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
      end--;
    }
    return name.substring(0, end);
  }

  // Keeps the extension and cuts the stem on a code point boundary.
  private static String shorten(String name) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
    String stem = ext.isEmpty() ? name : name.substring(0, dot);
    int budget = MAX_NAME_BYTES - ext.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder cut = new StringBuilder();
    int used = 0;
    for (int i = 0; i < stem.length(); ) {
      int c = stem.codePointAt(i);
      int bytes = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
      if (used + bytes > budget) {
        break;
      }
      cut.appendCodePoint(c);
      used += bytes;
      i += Character.charCount(c);
    }
    return cut + ext;
  }
}
