package dev.appsim.session.room.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expands {@code $VAR}, {@code ${VAR}} and {@code %VAR%} in a raw path from a map, once (values
 * are not expanded again). Pure.
 *
 * <p>A name is a letter or {@code _} followed by letters, digits and {@code _}; {@code %VAR%}
 * also allows {@code (} and {@code )} as in {@code %ProgramFiles(x86)%}. Text that does not form
 * a reference ({@code 100%}, {@code $5}, <code>${unclosed</code>) stays as written. {@code $VAR} and
 * {@code ${VAR}} look the name up exactly; {@code %VAR%} first exactly, then ignoring case, as
 * Windows does, when exactly one name matches. In {@code file:} URIs {@code %} is
 * percent-encoding, so only the {@code $} forms are expanded there.
 *
 * <p>Cost is bounded by the input, not by what the variables hold: the raw path and its
 * expansion may each be at most {@link #MAX_LENGTH} characters (Windows' limit for a long path
 * and for a variable's value), checked before each value is appended, and a path may hold at
 * most {@link #MAX_REFERENCES} references. A 16 MiB path of {@code %PATH%} fails at once instead
 * of growing to gigabytes.
 */
final class VariableExpander {
  /** Longest raw or expanded path, in characters. */
  static final int MAX_LENGTH = RawPathParser.MAX_LENGTH;
  /** Most variable references (defined or not) in one path. */
  static final int MAX_REFERENCES = 64;

  private VariableExpander() {}

  /**
   * Expands {@code raw}.
   *
   * @throws PathSyntaxException if {@code raw} or its expansion is longer than
   *     {@link #MAX_LENGTH}, or it holds more than {@link #MAX_REFERENCES} references
   */
  static Expansion expand(String raw, Map<String, String> env) {
    if (raw.length() > MAX_LENGTH) {
      throw new PathSyntaxException(raw, "path has " + raw.length() + " characters, more than the limit of " + MAX_LENGTH);
    }
    boolean percentForms = !raw.regionMatches(true, 0, "file:", 0, 5);
    StringBuilder out = new StringBuilder(raw.length());
    int count = 0;
    List<String> undefined = new ArrayList<>();
    List<String> references = new ArrayList<>();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      int end = -1;
      String name = null;
      boolean windows = false;
      if (c == '$' && i + 1 < raw.length() && raw.charAt(i + 1) == '{') {
        // Scans only the name, not to the next '}': "${${${..." stays linear.
        int close = nameEnd(raw, i + 2, false);
        if (close > i + 2 && close < raw.length() && raw.charAt(close) == '}') {
          name = raw.substring(i + 2, close);
          end = close + 1;
        }
      } else if (c == '$') {
        int stop = nameEnd(raw, i + 1, false);
        if (stop > i + 1) {
          name = raw.substring(i + 1, stop);
          end = stop;
        }
      } else if (c == '%' && percentForms) {
        int stop = nameEnd(raw, i + 1, true);
        if (stop > i + 1 && stop < raw.length() && raw.charAt(stop) == '%') {
          name = raw.substring(i + 1, stop);
          end = stop + 1;
          windows = true;
        }
      }
      if (name == null) {
        out.append(c);
        i++;
        continue;
      }
      String reference = raw.substring(i, end);
      if (++count > MAX_REFERENCES) {
        throw new PathSyntaxException(raw, "path holds more than " + MAX_REFERENCES + " variable references, the limit"
            + " (the " + (MAX_REFERENCES + 1) + "th is " + reference + " at character " + i + ")");
      }
      String value = lookUp(env, name, windows);
      if (value != null && out.length() + value.length() > MAX_LENGTH) {
        throw new PathSyntaxException(raw, "path expands to more than " + MAX_LENGTH + " characters, the limit, when "
            + reference + " at character " + i + " adds " + value.length() + " characters to "
            + out.length());
      }
      if (value == null) {
        undefined.add(name);
        references.add(reference);
        out.append(reference);
      } else {
        out.append(value);
      }
      i = end;
    }
    return new Expansion(out.toString(), undefined, references);
  }

  private static String lookUp(Map<String, String> env, String name, boolean ignoreCase) {
    String exact = env.get(name);
    if (exact != null || !ignoreCase) {
      return exact;
    }
    String found = null;
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        if (found != null) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found;
  }

  private static int nameEnd(String s, int from, boolean parens) {
    if (from >= s.length() || !isStart(s.charAt(from))) {
      return from;
    }
    int i = from + 1;
    while (i < s.length() && isPart(s.charAt(i), parens)) {
      i++;
    }
    return i;
  }

  private static boolean isStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  private static boolean isPart(char c, boolean parens) {
    return isStart(c) || (c >= '0' && c <= '9') || (parens && (c == '(' || c == ')'));
  }
}
