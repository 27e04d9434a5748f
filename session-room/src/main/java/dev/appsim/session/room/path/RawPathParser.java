package dev.appsim.session.room.path;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.Excerpt;
import dev.appsim.session.room.path.RawPath.Kind;
import dev.appsim.session.room.text.PercentDecoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies and parses a raw path string into a {@link RawPath}, the same way on every host OS.
 * Pure: the file system and the environment are never consulted (variables are expanded before).
 *
 * <p>Rules, in the order they are tried:
 *
 * <ul>
 *   <li>{@code file:} URIs (scheme case-insensitive): {@code file:///C:/x} and {@code file:/C:/x}
 *       are drive paths, {@code file:///x} and {@code file://localhost/x} POSIX paths,
 *       {@code file://host/share/x} UNC paths; the path is percent-decoded as UTF-8, a query or
 *       fragment is dropped. Any other scheme of two or more letters is rejected.
 *   <li>{@code \\?\C:\x} and {@code \\?\UNC\host\share\x} (Windows long-path prefixes).
 *   <li>{@code C:\x}, {@code C:/x}: drive paths; the letter is upper-cased. {@code C:x} (relative to
 *       the current folder of drive C) cannot be resolved anywhere and is rejected.
 *   <li>Two leading separators ({@code \\host\share}, {@code //host/share}, mixed): UNC.
 *   <li>{@code ~}, {@code ~/x}, {@code ~\x}: below the home folder. {@code ~user} is rejected.
 *   <li>One leading {@code /} or {@code \}: POSIX absolute.
 *   <li>Anything else: relative.
 * </ul>
 *
 * <p>Both {@code /} and {@code \} separate segments in every form: files come from Windows and
 * POSIX tools alike and a backslash in a file name is not portable. Empty and {@code "."}
 * segments are dropped and {@code ".."} folded lexically (see {@link RawPath}).
 *
 * <p>Thread-safe: static methods without state.
 */
public final class RawPathParser {
  /** Longest raw path accepted, the Windows long-path limit. */
  public static final int MAX_LENGTH = 32_767;

  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]+):");
  private static final Pattern DRIVE = Pattern.compile("^([A-Za-z]):(.*)$", Pattern.DOTALL);

  private RawPathParser() {}

  /**
   * Parses {@code raw}.
   *
   * @param raw the path as written; at most {@link #MAX_LENGTH} characters
   * @return the parsed path: its kind, root and segments
   * @throws PathSyntaxException if {@code raw} is empty, too long, holds a control character, or
   *     uses a form that cannot name a file (see the class comment)
   */
  public static RawPath parse(String raw) {
    requireNonNull(raw, "raw is null");
    if (raw.isEmpty()) {
      throw new PathSyntaxException(raw, "path is empty");
    }
    if (raw.length() > MAX_LENGTH) {
      throw new PathSyntaxException(
          raw, "path has " + raw.length() + " characters, more than the limit of " + MAX_LENGTH);
    }
    checkControl(raw, raw);
    Matcher scheme = SCHEME.matcher(raw);
    if (scheme.find()) {
      String name = scheme.group(1);
      if (!name.equalsIgnoreCase("file")) {
        throw new PathSyntaxException(
            raw, quote(raw) + ": unsupported URI scheme \"" + name + "\"; expected a path or a file: URI");
      }
      return parseFileUri(raw, raw.substring(scheme.end()));
    }
    return parsePath(raw, raw);
  }

  private static RawPath parsePath(String raw, String text) {
    if (text.startsWith("\\\\?\\") || text.startsWith("//?/")) {
      String rest = text.substring(4);
      if (rest.regionMatches(true, 0, "UNC", 0, 3) && rest.length() > 3 && isSeparator(rest.charAt(3))) {
        return unc(raw, rest.substring(4));
      }
      Matcher drive = DRIVE.matcher(rest);
      if (drive.matches()) {
        return drivePath(raw, drive);
      }
      throw new PathSyntaxException(
          raw, quote(raw) + ": \\\\?\\ prefix must be followed by a drive (C:\\) or UNC\\host\\share");
    }
    Matcher drive = DRIVE.matcher(text);
    if (drive.matches()) {
      return drivePath(raw, drive);
    }
    if (text.length() >= 2 && isSeparator(text.charAt(0)) && isSeparator(text.charAt(1))) {
      return unc(raw, text.substring(2));
    }
    if (text.equals("~") || (text.startsWith("~") && isSeparator(text.charAt(1)))) {
      return new RawPath(Kind.HOME, "~", segments(text.substring(1), false));
    }
    if (text.startsWith("~")) {
      throw new PathSyntaxException(
          raw, quote(raw) + ": ~user paths are not supported; expected ~ or ~/...");
    }
    if (isSeparator(text.charAt(0))) {
      return new RawPath(Kind.POSIX_ABSOLUTE, "/", segments(text, true));
    }
    return new RawPath(Kind.RELATIVE, "", segments(text, false));
  }

  private static RawPath drivePath(String raw, Matcher drive) {
    String rest = drive.group(2);
    if (rest.isEmpty() || !isSeparator(rest.charAt(0))) {
      throw new PathSyntaxException(
          raw,
          quote(raw) + ": drive-relative path is not supported; expected "
              + drive.group(1).toUpperCase(Locale.ROOT) + ":\\ or "
              + drive.group(1).toUpperCase(Locale.ROOT) + ":/ after the drive letter");
    }
    String root = drive.group(1).toUpperCase(Locale.ROOT) + ":";
    return new RawPath(Kind.WINDOWS_DRIVE, root, segments(rest, true));
  }

  // "?" is not a host: \\?\ starts a Win32 long path, so the canonical text would not parse back.
  private static RawPath unc(String raw, String afterSlashes) {
    String[] split = afterSlashes.split("[/\\\\]", 3);
    if (split.length < 2 || split[0].isEmpty() || split[1].isEmpty()
        || isDots(split[0]) || isDots(split[1]) || split[0].equals("?")) {
      throw new PathSyntaxException(
          raw, quote(raw) + ": UNC path needs a host and a share: \\\\host\\share\\...");
    }
    String rest = split.length == 3 ? split[2] : "";
    return new RawPath(Kind.UNC, "\\\\" + split[0] + "\\" + split[1], segments(rest, true));
  }

  private static RawPath parseFileUri(String raw, String afterScheme) {
    String uri = afterScheme;
    int cut = indexOfAny(uri, '?', '#');
    if (cut >= 0) {
      uri = uri.substring(0, cut);
    }
    if (uri.startsWith("//")) {
      int slash = uri.indexOf('/', 2);
      String authority = slash < 0 ? uri.substring(2) : uri.substring(2, slash);
      String path = slash < 0 ? "" : uri.substring(slash);
      if (!authority.isEmpty() && !authority.equalsIgnoreCase("localhost")) {
        String decoded = decode(raw, authority + path);
        checkControl(raw, decoded);
        return unc(raw, decoded);
      }
      uri = path;
    }
    if (!uri.startsWith("/")) {
      throw new PathSyntaxException(
          raw, quote(raw) + ": file URI must hold an absolute path: file:///...");
    }
    String decoded = decode(raw, uri);
    checkControl(raw, decoded);
    // file:///C:/x and the legacy file:///C|/x name drive paths.
    if (decoded.length() >= 3 && Character.isLetter(decoded.charAt(1)) && decoded.charAt(1) < 0x80
        && (decoded.charAt(2) == ':' || decoded.charAt(2) == '|')
        && (decoded.length() == 3 || isSeparator(decoded.charAt(3)))) {
      String drive = decoded.substring(1, 2).toUpperCase(Locale.ROOT);
      return new RawPath(Kind.WINDOWS_DRIVE, drive + ":", segments(decoded.substring(3), true));
    }
    return new RawPath(Kind.POSIX_ABSOLUTE, "/", segments(decoded, true));
  }

  /** Percent-decodes {@code text} as UTF-8, strictly. */
  static String decode(String raw, String text) {
    try {
      return PercentDecoding.decode(text);
    } catch (PercentDecoding.MalformedException e) {
      throw new PathSyntaxException(raw, quote(raw) + ": " + e.getMessage());
    }
  }

  private static List<String> segments(String text, boolean absolute) {
    List<String> out = new ArrayList<>();
    for (String segment : text.split("[/\\\\]")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
          out.remove(out.size() - 1);
        } else if (!absolute) {
          out.add(segment);
        }
        continue;
      }
      out.add(segment);
    }
    return out;
  }

  private static void checkControl(String raw, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        throw new PathSyntaxException(
            raw,
            quote(raw) + ": control character " + String.format(Locale.ROOT, "0x%02X", (int) c)
                + " at index " + i + "; paths cannot hold control characters");
      }
    }
  }

  private static boolean isDots(String s) {
    return s.equals(".") || s.equals("..");
  }

  private static boolean isSeparator(char c) {
    return c == '/' || c == '\\';
  }

  private static int indexOfAny(String s, char a, char b) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == a || s.charAt(i) == b) {
        return i;
      }
    }
    return -1;
  }

  static String quote(String raw) {
    return Excerpt.quoted(raw);
  }
}
