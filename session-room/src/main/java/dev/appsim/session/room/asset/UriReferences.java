package dev.appsim.session.room.asset;

import dev.appsim.session.room.text.PercentDecoding;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Converts between glTF URI-references and paths. */
final class UriReferences {
  // Two or more characters, so that a Windows drive path written as a URI (C:\x) is no scheme.
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]+:");
  private static final Pattern UNC = Pattern.compile("[/\\\\]{2}[^/\\\\]+[/\\\\][^/\\\\]");
  private static final String HEX = "0123456789ABCDEF";

  private UriReferences() {}

  /** Whether a URI is embedded data, not a reference. */
  static boolean isData(String uri) {
    return uri.regionMatches(true, 0, "data:", 0, 5);
  }

  /**
   * The path a URI-reference names: percent-decoded as UTF-8. A URI with a scheme, or one that
   * does not decode cleanly (bare {@code %}, invalid UTF-8), is returned as written.
   */
  static String toPath(String uri) {
    if (uri.indexOf('%') < 0 || SCHEME.matcher(uri).find()) {
      return uri;
    }
    try {
      return PercentDecoding.decode(uri);
    } catch (PercentDecoding.MalformedException e) {
      return uri;
    }
  }

  /**
   * The URI-reference for a path: a drive path ({@code C:\x y}) becomes {@code file:///C:/x%20y},
   * a UNC path {@code file://host/share/...}; any other path is percent-encoded as a relative or
   * absolute-path reference ({@code :} included, so a name never reads as a scheme). The value is
   * always taken as a path, never as a URI. The result is ASCII.
   */
  static String fromPath(String path) {
    if (path.length() >= 3 && isAsciiLetter(path.charAt(0)) && path.charAt(1) == ':'
        && isSeparator(path.charAt(2))) {
      return "file:///" + path.charAt(0) + ":" + encode(path.substring(2).replace('\\', '/'));
    }
    if (UNC.matcher(path).lookingAt()) {
      return "file:" + encode(path.replace('\\', '/'));
    }
    return encode(path);
  }

  private static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreserved(c) || c == '/' || "!$&'()*+,;=@".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isSeparator(char c) {
    return c == '/' || c == '\\';
  }
}
