package dev.appsim.session.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code MAJOR.MINOR} format version. A reader accepts every minor of its major; a newer major
 * changes the meaning of existing members and is refused.
 *
 * @param major the major version, 0 to {@link #MAX_PART}
 * @param minor the minor version, 0 to {@link #MAX_PART}
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {
  /** The version this library writes: 1.0. */
  public static final FormatVersion CURRENT = new FormatVersion(1, 0);

  /** The largest MAJOR or MINOR this type holds. */
  public static final int MAX_PART = 999_999_999;

  // FORMAT 1.1 says "digits only": leading zeros are allowed and read as the same number.
  private static final Pattern FORM = Pattern.compile("([0-9]++)\\.([0-9]++)");

  /**
   * Checks the range of both parts.
   *
   * @param major the major version, 0 to {@link #MAX_PART}
   * @param minor the minor version, 0 to {@link #MAX_PART}
   * @throws IllegalArgumentException if a part is negative or above {@link #MAX_PART}
   */
  public FormatVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("version " + major + "." + minor + " must not be negative");
    }
    // A longer part would be written but not read back.
    if (major > MAX_PART || minor > MAX_PART) {
      throw new IllegalArgumentException("version " + major + "." + minor + " has a part above " + MAX_PART);
    }
  }

  /**
   * Parses {@code "1.0"}; leading zeros are read as the same number ({@code "01.02"} is 1.2).
   *
   * @param text the version as written in a session file
   * @return the version
   * @throws SessionValidationException if {@code text} is not digits, a dot and digits, or a part
   *     is above {@link #MAX_PART}
   */
  public static FormatVersion parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new SessionValidationException(java.util.List.of(new Violation("",
          "format version \"" + text + "\" is not MAJOR.MINOR (digits only, e.g. \"1.0\")")));
    }
    String major = withoutLeadingZeros(m.group(1));
    String minor = withoutLeadingZeros(m.group(2));
    if (major.length() > 9 || minor.length() > 9) {
      throw new SessionValidationException(java.util.List.of(new Violation("",
          "format version \"" + text + "\" has a part above " + MAX_PART)));
    }
    return new FormatVersion(Integer.parseInt(major), Integer.parseInt(minor));
  }

  private static String withoutLeadingZeros(String digits) {
    int start = 0;
    while (start < digits.length() - 1 && digits.charAt(start) == '0') {
      start++;
    }
    return digits.substring(start);
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
