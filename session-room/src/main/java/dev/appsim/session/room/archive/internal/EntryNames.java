package dev.appsim.session.room.archive.internal;

import dev.appsim.session.model.Excerpt;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules an entry name must follow, shared by the writer (so it never writes what the reader
 * refuses) and the reader. Names are relative, {@code /}-separated, and safe to create on
 * Windows, macOS and Linux file systems.
 */
public final class EntryNames {
  // Windows reads the superscript digits as 1, 2 and 3 in device names (COM\u00B9 is COM1).
  private static final Set<String> DEVICES = Set.of(
      "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
      "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "COM\u00B9", "COM\u00B2", "COM\u00B3",
      "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
      "LPT\u00B9", "LPT\u00B2", "LPT\u00B3");
  /**
   * Unicode's Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt, stable since 6.0):
   * invisible, and dropped by HFS+ when it compares names, so "a\u200Cb" and "ab" are one file.
   */
  private static final int[][] IGNORABLE = {
      {0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C}, {0x115F, 0x1160}, {0x17B4, 0x17B5},
      {0x180B, 0x180F}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x206F}, {0x3164, 0x3164},
      {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}, {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3},
      {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF}};
  // Characters Windows refuses in names; ':' also makes drive letters and NTFS streams.
  private static final String FORBIDDEN = "\\:*?\"<>|";

  private EntryNames() {}

  /**
   * Says what is wrong with a name, or empty if it is acceptable. A trailing {@code /} marks a
   * directory entry and is allowed.
   */
  public static Optional<String> problem(String name, int maxNameBytes, int maxSegmentBytes, int maxDepth) {
    if (name.isEmpty()) {
      return Optional.of("name is empty");
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxNameBytes) {
      return Optional.of("name is " + bytes + " bytes long, more than the limit of " + maxNameBytes);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c)) {
        return Optional.of(String.format(Locale.ROOT, "name contains control character U+%04X", (int) c));
      }
      if (FORBIDDEN.indexOf(c) >= 0) {
        return Optional.of("name contains forbidden character '" + c + "'");
      }
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(++i)))) {
        return Optional.of("name contains an unpaired surrogate");
      }
    }
    if (name.indexOf('\uFFFD') >= 0) {
      return Optional.of("name is not valid UTF-8");
    }
    if (name.startsWith("/")) {
      return Optional.of("name is absolute");
    }
    String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    String[] segments = body.split("/", -1);
    if (segments.length > maxDepth) {
      return Optional.of("name has " + segments.length + " segments, more than the limit of " + maxDepth);
    }
    for (String segment : segments) {
      Optional<String> p = segmentProblem(segment, maxSegmentBytes);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> segmentProblem(String segment, int maxSegmentBytes) {
    if (segment.isEmpty()) {
      return Optional.of("name has an empty segment");
    }
    if (segment.equals(".") || segment.equals("..")) {
      return Optional.of("name has a \"" + segment + "\" segment");
    }
    int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxSegmentBytes) {
      return Optional.of("name has a segment of " + bytes + " bytes, more than the limit of " + maxSegmentBytes);
    }
    char last = segment.charAt(segment.length() - 1);
    if (last == '.' || last == ' ') {
      return Optional.of("name has a segment ending in '" + last + "': \"" + segment + "\"");
    }
    if (isWindowsDevice(segment)) {
      return Optional.of("name has a Windows device segment \"" + segment + "\"");
    }
    return Optional.empty();
  }

  /**
   * Whether Windows takes {@code segment} for a device ({@code CON}, {@code con .txt},
   * {@code CLOCK$.png}, {@code COM\u00B9}): the part before the first dot, without trailing
   * spaces, in any case.
   */
  public static boolean isWindowsDevice(String segment) {
    int dot = segment.indexOf('.');
    return DEVICES.contains((dot < 0 ? segment : segment.substring(0, dot)).stripTrailing().toUpperCase(Locale.ROOT));
  }

  /**
   * The key under which two names clash on a case-insensitive, normalising or
   * ignorable-dropping file system (NTFS, APFS, HFS+): without default-ignorable code points,
   * in NFC, case-folded.
   */
  public static String foldKey(String name) {
    String nfc = Normalizer.normalize(withoutIgnorables(name), Normalizer.Form.NFC);
    return nfc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /** Whether {@code codePoint} is a default-ignorable code point (invisible, dropped by HFS+). */
  public static boolean isDefaultIgnorable(int codePoint) {
    for (int[] range : IGNORABLE) {
      if (codePoint >= range[0] && codePoint <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /** {@code name} without its default-ignorable code points. */
  public static String withoutIgnorables(String name) {
    StringBuilder out = null;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      int next = i + Character.charCount(c);
      if (isDefaultIgnorable(c)) {
        if (out == null) {
          out = new StringBuilder(name.length()).append(name, 0, i);
        }
      } else if (out != null) {
        out.append(name, i, next);
      }
      i = next;
    }
    return out == null ? name : out.toString();
  }

  /**
   * Decodes a raw entry name. With the UTF-8 flag (bit 11) it must be strictly valid UTF-8: no
   * overlong forms ({@code C0 AF} is not {@code /}), no encoded surrogates, nothing past
   * U+10FFFF. Without the flag other tools read the bytes as CP437, so only ASCII reads the same
   * everywhere.
   *
   * @throws ZipProblem saying which byte is wrong
   */
  public static String decode(byte[] raw, boolean utf8Flag) throws ZipProblem {
    if (!utf8Flag) {
      for (int i = 0; i < raw.length; i++) {
        if (raw[i] < 0) {
          throw new ZipProblem(String.format(Locale.ROOT, "name is not ASCII (byte 0x%02X at offset %d) and its UTF-8"
              + " flag (bit 11) is not set, so other tools would read it as CP437", raw[i] & 0xFF, i));
        }
      }
      return new String(raw, StandardCharsets.US_ASCII);
    }
    ByteBuffer in = ByteBuffer.wrap(raw);
    CharBuffer out = CharBuffer.allocate(raw.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
    if (result.isError()) {
      throw new ZipProblem(String.format(Locale.ROOT, "name is not valid UTF-8: byte 0x%02X at offset %d starts an"
          + " invalid, overlong or truncated sequence", raw[in.position()] & 0xFF, in.position()));
    }
    return out.flip().toString();
  }

  /**
   * Detects clashes among names: exact duplicates, names equal but for case, Unicode
   * normalisation or default-ignorable code points, and a file that is also the parent folder
   * of another entry.
   */
  public static final class Clashes {
    // fold key -> the name as first seen, for files and for folders (explicit or implied)
    private final Map<String, String> files = new HashMap<>();
    private final Map<String, String> folders = new HashMap<>();
    private final Map<String, String> folderUser = new HashMap<>();
    private final Set<String> exact = new HashSet<>();

    /** Adds a name; returns what it clashes with, or empty. */
    public Optional<String> add(String name) {
      if (!exact.add(name)) {
        return Optional.of("name is a duplicate");
      }
      boolean directory = name.endsWith("/");
      String bare = directory ? name.substring(0, name.length() - 1) : name;
      for (int slash = bare.indexOf('/'); slash >= 0; slash = bare.indexOf('/', slash + 1)) {
        Optional<String> p = addFolder(bare.substring(0, slash), name);
        if (p.isPresent()) {
          return p;
        }
      }
      if (directory) {
        return addFolder(bare, name);
      }
      String key = foldKey(bare);
      String file = files.putIfAbsent(key, bare);
      if (file != null) {
        return Optional.of("name differs only by case, Unicode normalisation or invisible characters from " + quote(file));
      }
      String user = folderUser.get(key);
      if (user != null) {
        return Optional.of("name is a file but also the folder of " + quote(user));
      }
      return Optional.empty();
    }

    private Optional<String> addFolder(String folder, String user) {
      String key = foldKey(folder);
      String file = files.get(key);
      if (file != null) {
        return Optional.of("name needs a folder " + quote(folder) + " but that is a file");
      }
      String seen = folders.putIfAbsent(key, folder);
      if (seen != null && !seen.equals(folder)) {
        return Optional.of("folder " + quote(folder) + " differs only by case, Unicode normalisation or invisible"
            + " characters from " + quote(seen));
      }
      folderUser.putIfAbsent(key, user);
      return Optional.empty();
    }
  }

  /** Quotes a name for a message, as every room message quotes a value ({@link Excerpt}). */
  public static String quote(String name) {
    return Excerpt.quoted(name);
  }
}
