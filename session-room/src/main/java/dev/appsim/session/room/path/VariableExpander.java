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
 */
final class VariableExpander {
  private VariableExpander() {}

  static Expansion expand(String raw, Map<String, String> env) {
    boolean percentForms = !raw.regionMatches(true, 0, "file:", 0, 5);
    StringBuilder out = new StringBuilder(raw.length());
    List<String> undefined = new ArrayList<>();
    List<String> references = new ArrayList<>();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      int end = -1;
      String name = null;
      boolean windows = false;
      if (c == '$' && i + 1 < raw.length() && raw.charAt(i + 1) == '{') {
        int close = raw.indexOf('}', i + 2);
        if (close > i + 2 && isName(raw, i + 2, close, false)) {
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
      String value = lookUp(env, name, windows);
      String reference = raw.substring(i, end);
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

  private static boolean isName(String s, int from, int to, boolean parens) {
    return nameEnd(s, from, parens) == to;
  }

  private static boolean isStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  private static boolean isPart(char c, boolean parens) {
    return isStart(c) || (c >= '0' && c <= '9') || (parens && (c == '(' || c == ')'));
  }
}
