package dev.appsim.session.view.internal;

import java.util.List;
import java.util.Map;

/**
 * Serialises a tree of {@code Map<String, ?>} (in its iteration order), {@code List}, String,
 * Boolean, Integer, Long and finite Double as JSON, compact or with two-space indentation. Strings
 * are made valid Unicode (a lone surrogate becomes U+FFFD) so every JSON parser accepts them.
 */
public final class JsonText {
  private JsonText() {}

  public static String compact(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, -1);
    return sb.toString();
  }

  public static String pretty(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0);
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, Object value, int indent) {
    if (value instanceof Map<?, ?> map) {
      writeMap(sb, map, indent);
    } else if (value instanceof List<?> list) {
      writeList(sb, list, indent);
    } else if (value instanceof String s) {
      string(sb, s);
    } else if (value instanceof Double d) {
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("JSON cannot hold the number " + d);
      }
      sb.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
          : Double.toString(d));
    } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      sb.append(value);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + (value == null ? "null" : value.getClass().getName()));
    }
  }

  private static void writeMap(StringBuilder sb, Map<?, ?> map, int indent) {
    sb.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      sb.append(first ? "" : ",");
      first = false;
      if (indent >= 0) {
        newline(sb, indent + 1);
      }
      string(sb, (String) e.getKey());
      sb.append(indent < 0 ? ":" : ": ");
      write(sb, e.getValue(), indent < 0 ? -1 : indent + 1);
    }
    if (!first && indent >= 0) {
      newline(sb, indent);
    }
    sb.append('}');
  }

  private static void writeList(StringBuilder sb, List<?> list, int indent) {
    boolean scalars = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
    sb.append('[');
    for (int i = 0; i < list.size(); i++) {
      sb.append(i == 0 ? "" : scalars && indent >= 0 ? ", " : ",");
      if (!scalars && indent >= 0) {
        newline(sb, indent + 1);
      }
      write(sb, list.get(i), indent < 0 ? -1 : indent + 1);
    }
    if (!scalars && !list.isEmpty() && indent >= 0) {
      newline(sb, indent);
    }
    sb.append(']');
  }

  private static void newline(StringBuilder sb, int indent) {
    sb.append('\n').append("  ".repeat(indent));
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append('\uFFFD');
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
