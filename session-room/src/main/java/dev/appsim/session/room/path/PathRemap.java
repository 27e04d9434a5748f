package dev.appsim.session.room.path;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * A prefix remap: a raw path that starts with {@code from} (component-wise, see
 * {@link RawPath#startsWith}) is looked for below {@code to}, keeping the remaining components.
 *
 * <pre>{@code
 * PathRemap.of("C:\\Users\\ana\\MagicLeap", Path.of("/home/bo/ml"))
 * // C:/users/ANA/MagicLeap/data/x.gltf -> /home/bo/ml/data/x.gltf
 * }</pre>
 *
 * @param from the parsed prefix; never relative
 * @param to the absolute local folder that replaces it
 */
public record PathRemap(RawPath from, Path to) {
  /**
   * Checks the components.
   *
   * @param from the parsed prefix; never relative
   * @param to the absolute local folder that replaces it
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if {@code from} is relative or {@code to} is not absolute
   */
  public PathRemap {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    if (from.kind() == RawPath.Kind.RELATIVE) {
      throw new IllegalArgumentException(
          "remap prefix \"" + from + "\" is relative; expected a drive, UNC, POSIX or ~ path");
    }
    if (!to.isAbsolute()) {
      throw new IllegalArgumentException("remap target \"" + to + "\" must be an absolute path");
    }
  }

  /**
   * Parses {@code from} with {@link RawPathParser} (variables are not expanded).
   *
   * @param from the prefix as written: a drive, UNC, POSIX or {@code ~} path
   * @param to the absolute local folder that replaces it
   * @return the remap
   * @throws IllegalArgumentException if {@code from} is relative or {@code to} is not absolute
   * @throws PathSyntaxException if {@code from} cannot be parsed
   */
  public static PathRemap of(String from, Path to) {
    return new PathRemap(RawPathParser.parse(requireNonNull(from, "from is null")), to);
  }

  @Override
  public String toString() {
    return from + " -> " + to;
  }
}
