package dev.appsim.session.model.diff;

import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.JsonPointers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Short, unambiguous text for tree values: JSON-like, strings quoted and escaped, long values cut. */
final class Render {
  /** Longest rendering of one value. */
  static final int MAX_VALUE = 200;
  /** Shown in place of a value that is not there. */
  static final String ABSENT = "<absent>";

  private Render() {}

  static String value(@Nullable Object v) {
    StringBuilder sb = new StringBuilder();
    append(sb, v);
    return sb.length() <= MAX_VALUE ? sb.toString() : sb.substring(0, MAX_VALUE) + "...";
  }

  private static void append(StringBuilder sb, @Nullable Object v) {
    if (sb.length() > MAX_VALUE) {
      return;
    }
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      quote(sb, s);
    } else if (v instanceof BigDecimal d) {
      sb.append(d.toPlainString());
    } else if (v instanceof FloatArray a) {
      sb.append("float32[").append(a.size()).append("] [");
      for (int i = 0; i < Math.min(a.size(), 6); i++) {
        sb.append(i == 0 ? "" : ", ").append(a.get(i));
      }
      sb.append(a.size() > 6 ? ", ...]" : "]");
    } else if (v instanceof IntArray a) {
      sb.append("uint32[").append(a.size()).append("] [");
      for (int i = 0; i < Math.min(a.size(), 9); i++) {
        sb.append(i == 0 ? "" : ", ").append(a.get(i));
      }
      sb.append(a.size() > 9 ? ", ...]" : "]");
    } else if (v instanceof Map<?, ?> map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append(first ? "" : ", ");
        quote(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        append(sb, e.getValue());
        first = false;
      }
      sb.append('}');
    } else if (v instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        sb.append(i == 0 ? "" : ", ");
        append(sb, list.get(i));
      }
      sb.append(']');
    } else {
      sb.append(v);
    }
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT
          || (Character.isSurrogate(c) && !isPaired(s, i))) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }

  private static boolean isPaired(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** The tree as {@code pointer = value} lines, leaves only, at most {@code maxLines}. */
  static String lines(Map<String, @Nullable Object> tree, int maxLines) {
    StringBuilder sb = new StringBuilder();
    int[] count = {0};
    flatten(sb, "", tree, count, maxLines);
    if (count[0] > maxLines) {
      sb.append("  ... ").append(count[0] - maxLines).append(" more lines\n");
    }
    return sb.toString();
  }

  private static void flatten(StringBuilder sb, String pointer, @Nullable Object v, int[] count, int max) {
    if (v instanceof Map<?, ?> map && !map.isEmpty()) {
      map.forEach((k, child) -> flatten(sb, JsonPointers.child(pointer, String.valueOf(k)), child, count, max));
    } else if (v instanceof List<?> list && !list.isEmpty() && !isNumbers(list)) {
      for (int i = 0; i < list.size(); i++) {
        flatten(sb, JsonPointers.child(pointer, i), list.get(i), count, max);
      }
    } else if (count[0]++ < max) {
      sb.append("  ").append(pointer).append(" = ").append(value(v)).append('\n');
    }
  }

  // Vectors and colours read better on one line.
  private static boolean isNumbers(List<?> list) {
    return list.size() <= 4 && list.stream().allMatch(e -> e instanceof Number);
  }
}
