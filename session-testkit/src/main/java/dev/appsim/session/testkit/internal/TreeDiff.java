package dev.appsim.session.testkit.internal;

import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.JsonPointers;
import dev.appsim.session.testkit.Difference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares two JSON-like trees member by member. Numbers compare by type and bits, as the model's
 * {@code equals} does ({@code -0.0 != 0.0}, {@code 1L != 1.0}); member order counts, as on the wire.
 * Long arrays report the first differing index and the lengths, not every element.
 */
public final class TreeDiff {
  private final int limit;
  private final List<Difference> out = new ArrayList<>();
  private int dropped;

  private TreeDiff(int limit) {
    this.limit = limit;
  }

  /** At most {@code limit} differences; the rest are counted in a last summary entry. */
  public static List<Difference> between(@Nullable Object expected, @Nullable Object actual, int limit) {
    TreeDiff diff = new TreeDiff(limit);
    diff.compare("", expected, actual);
    if (diff.dropped > 0) {
      diff.out.add(new Difference("", diff.limit + " differences shown",
          (diff.limit + diff.dropped) + " differences in all"));
    }
    return List.copyOf(diff.out);
  }

  private void add(String pointer, String expected, String actual) {
    if (out.size() < limit) {
      out.add(new Difference(pointer, expected, actual));
    } else {
      dropped++;
    }
  }

  private void compare(String pointer, @Nullable Object e, @Nullable Object a) {
    if (e instanceof Map<?, ?> me && a instanceof Map<?, ?> ma) {
      maps(pointer, me, ma);
    } else if (e instanceof List<?> le && a instanceof List<?> la) {
      lists(pointer, le, la);
    } else if (e instanceof FloatArray fe && a instanceof FloatArray fa) {
      floats(pointer, fe, fa);
    } else if (e instanceof IntArray ie && a instanceof IntArray ia) {
      ints(pointer, ie, ia);
    } else if (!Objects.equals(e, a)) {
      String re = Render.value(e);
      String ra = Render.value(a);
      if (re.equals(ra)) {
        re += " (" + typeName(e) + ")";
        ra += " (" + typeName(a) + ")";
      }
      add(pointer, re, ra);
    }
  }

  private static String typeName(@Nullable Object v) {
    return v == null ? "null" : v.getClass().getSimpleName();
  }

  private void maps(String pointer, Map<?, ?> e, Map<?, ?> a) {
    int before = out.size() + dropped;
    for (Map.Entry<?, ?> entry : e.entrySet()) {
      String child = JsonPointers.child(pointer, String.valueOf(entry.getKey()));
      if (a.containsKey(entry.getKey())) {
        compare(child, entry.getValue(), a.get(entry.getKey()));
      } else {
        add(child, Render.value(entry.getValue()), Render.ABSENT);
      }
    }
    for (Map.Entry<?, ?> entry : a.entrySet()) {
      if (!e.containsKey(entry.getKey())) {
        add(JsonPointers.child(pointer, String.valueOf(entry.getKey())), Render.ABSENT, Render.value(entry.getValue()));
      }
    }
    if (out.size() + dropped == before && !new ArrayList<>(e.keySet()).equals(new ArrayList<>(a.keySet()))) {
      add(pointer, "members in order " + Render.value(new ArrayList<>(e.keySet())),
          "members in order " + Render.value(new ArrayList<>(a.keySet())));
    }
  }

  private void lists(String pointer, List<?> e, List<?> a) {
    int common = Math.min(e.size(), a.size());
    for (int i = 0; i < common; i++) {
      compare(JsonPointers.child(pointer, i), e.get(i), a.get(i));
    }
    for (int i = common; i < e.size(); i++) {
      add(JsonPointers.child(pointer, i), Render.value(e.get(i)), Render.ABSENT);
    }
    for (int i = common; i < a.size(); i++) {
      add(JsonPointers.child(pointer, i), Render.ABSENT, Render.value(a.get(i)));
    }
  }

  private void floats(String pointer, FloatArray e, FloatArray a) {
    int common = Math.min(e.size(), a.size());
    for (int i = 0; i < common; i++) {
      if (Float.floatToIntBits(e.get(i)) != Float.floatToIntBits(a.get(i))) {
        add(JsonPointers.child(pointer, i), Float.toString(e.get(i)), Float.toString(a.get(i)));
        break;
      }
    }
    lengths(pointer, e.size(), a.size());
  }

  private void ints(String pointer, IntArray e, IntArray a) {
    int common = Math.min(e.size(), a.size());
    for (int i = 0; i < common; i++) {
      if (e.get(i) != a.get(i)) {
        add(JsonPointers.child(pointer, i), Integer.toString(e.get(i)), Integer.toString(a.get(i)));
        break;
      }
    }
    lengths(pointer, e.size(), a.size());
  }

  private void lengths(String pointer, int expected, int actual) {
    if (expected != actual) {
      add(pointer, "length " + expected, "length " + actual);
    }
  }
}
