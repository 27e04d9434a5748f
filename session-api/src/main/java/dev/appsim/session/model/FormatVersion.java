package dev.appsim.session.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code MAJOR.MINOR} format version. A reader accepts every minor of its major; a newer major
 * changes the meaning of existing members and is refused.
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {
  /** The version this library writes: 1.0. */
  public static final FormatVersion CURRENT = new FormatVersion(1, 0);

  private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  public FormatVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("version " + major + "." + minor + " must not be negative");
    }
  }

  /**
   * Parses {@code "1.0"}.
   *
   * @throws SessionValidationException if {@code text} is not digits, a dot and digits
   */
  public static FormatVersion parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new SessionValidationException(java.util.List.of(new Violation("",
          "format version \"" + text + "\" is not MAJOR.MINOR (digits only, e.g. \"1.0\")")));
    }
    return new FormatVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  @Override
  public int compareTo(FormatVersion other) {
    return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
  }

  /** {@code MAJOR.MINOR}, the wire form. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
