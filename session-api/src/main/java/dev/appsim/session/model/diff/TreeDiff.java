package dev.appsim.session.model.diff;

import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares two JSON-like trees member by member. Numbers compare by type and bits, as the model's
 * {@code equals} does ({@code -0.0 != 0.0}, {@code 1L != 1.0}); member order counts, as on the wire.
 * Mesh arrays report their first differing index and their lengths, not every element, so two
 * 10-million-vertex caches give at most two changes per array.
 */
final class TreeDiff {
  private final int limit;
  private final List<Change> out = new ArrayList<>();
  private int count;

  private TreeDiff(int limit) {
    this.limit = limit;
  }

  /** Compares and returns this, holding the first {@code limit} changes and the count of all. */
  static TreeDiff between(@Nullable Object old, @Nullable Object now, int limit) {
    TreeDiff diff = new TreeDiff(limit);
    diff.compare("", old, now);
    return diff;
  }

  List<Change> changes() {
    return List.copyOf(out);
  }

  int count() {
    return count;
  }

  private void add(String pointer, Change.Kind kind, @Nullable Object old, @Nullable Object now) {
    count++;
    if (out.size() < limit) {
      out.add(new Change(pointer, kind, old, now));
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
      add(pointer, Change.Kind.CHANGED, e, a);
    }
  }

  private void maps(String pointer, Map<?, ?> e, Map<?, ?> a) {
    int before = count;
    for (Map.Entry<?, ?> entry : e.entrySet()) {
      String child = JsonPointers.child(pointer, String.valueOf(entry.getKey()));
      if (a.containsKey(entry.getKey())) {
        compare(child, entry.getValue(), a.get(entry.getKey()));
      } else {
        add(child, Change.Kind.REMOVED, entry.getValue(), null);
      }
    }
    for (Map.Entry<?, ?> entry : a.entrySet()) {
      if (!e.containsKey(entry.getKey())) {
        add(JsonPointers.child(pointer, String.valueOf(entry.getKey())), Change.Kind.ADDED, null, entry.getValue());
      }
    }
    List<String> oldOrder = names(e);
    List<String> newOrder = names(a);
    if (count == before && !oldOrder.equals(newOrder)) {
      add(pointer, Change.Kind.ORDER, oldOrder, newOrder);
    }
  }

  private static List<String> names(Map<?, ?> map) {
    List<String> names = new ArrayList<>();
    map.keySet().forEach(k -> names.add(String.valueOf(k)));
    return List.copyOf(names);
  }

  private void lists(String pointer, List<?> e, List<?> a) {
    int common = Math.min(e.size(), a.size());
    for (int i = 0; i < common; i++) {
      compare(JsonPointers.child(pointer, i), e.get(i), a.get(i));
    }
    for (int i = common; i < e.size(); i++) {
      add(JsonPointers.child(pointer, i), Change.Kind.REMOVED, e.get(i), null);
    }
    for (int i = common; i < a.size(); i++) {
      add(JsonPointers.child(pointer, i), Change.Kind.ADDED, null, a.get(i));
    }
  }

  private void floats(String pointer, FloatArray e, FloatArray a) {
    int common = Math.min(e.size(), a.size());
    for (int i = 0; i < common; i++) {
      if (Float.floatToIntBits(e.get(i)) != Float.floatToIntBits(a.get(i))) {
        add(JsonPointers.child(pointer, i), Change.Kind.CHANGED, e.get(i), a.get(i));
        break;
      }
    }
    lengths(pointer, e.size(), a.size());
  }

  private void ints(String pointer, IntArray e, IntArray a) {
    int common = Math.min(e.size(), a.size());
    for (int i = 0; i < common; i++) {
      if (e.get(i) != a.get(i)) {
        add(JsonPointers.child(pointer, i), Change.Kind.CHANGED, Integer.toUnsignedLong(e.get(i)),
            Integer.toUnsignedLong(a.get(i)));
        break;
      }
    }
    lengths(pointer, e.size(), a.size());
  }

  private void lengths(String pointer, int old, int now) {
    if (old != now) {
      add(pointer, Change.Kind.LENGTH, old, now);
    }
  }
}
