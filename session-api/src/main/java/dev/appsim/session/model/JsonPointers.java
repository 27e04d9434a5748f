package dev.appsim.session.model;

/** RFC 6901 JSON Pointer helpers. */
public final class JsonPointers {
  private JsonPointers() {}

  /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code base} extended by one member name or array index. */
  public static String child(String base, String token) {
    return base + "/" + escape(token);
  }

  /** {@code base} extended by an array index. */
  public static String child(String base, int index) {
    return base + "/" + index;
  }
}
