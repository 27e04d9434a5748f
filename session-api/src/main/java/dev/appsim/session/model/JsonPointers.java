package dev.appsim.session.model;

/** RFC 6901 JSON Pointer helpers, as used in {@link Violation#pointer()}. Stateless and thread-safe. */
public final class JsonPointers {
  private JsonPointers() {}

  /**
   * Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}.
   *
   * @param token a member name, any text
   * @return {@code token} escaped; the same string if it has neither character
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * {@code base} extended by one member name or array index.
   *
   * @param base a pointer, {@code ""} for the document itself
   * @param token the member name, unescaped
   * @return {@code base + "/" + escape(token)}
   */
  public static String child(String base, String token) {
    return base + "/" + escape(token);
  }

  /**
   * {@code base} extended by an array index.
   *
   * @param base a pointer, {@code ""} for the document itself
   * @param index the array index, not checked
   * @return {@code base + "/" + index}
   */
  public static String child(String base, int index) {
    return base + "/" + index;
  }
}
