package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Members of a JSON object that this version of the format does not define, kept in their
 * original order so that a newer tool's data survives a round trip through an older one
 * (FORMAT.md 1.2).
 *
 * <p>Values are plain, deeply immutable Java values: {@link String}, {@link Boolean},
 * {@link Long}, {@link BigInteger}, {@link Double} (finite), {@link BigDecimal}, {@link List},
 * {@link Map} with {@code String} keys (ordered), or {@code null} for JSON {@code null}. Other
 * {@code Integer}/{@code Short}/{@code Byte} are widened to {@code Long}, {@code Float} to
 * {@code Double}, a {@code BigInteger} that fits a {@code long} becomes a {@code Long}, and a
 * {@code BigDecimal} whose text is the shortest form of a double ({@code 1.0}, {@code 2.5E-7})
 * becomes that {@code Double}, one with scale 0 ({@code 110}) an integer as above, so equal JSON
 * gives equal values and a written value reads back equal.
 *
 * <p>A {@code BigDecimal}'s last digit must stand for a power of ten between 10<sup>-999,999,999</sup>
 * and 10<sup>999,999,999</sup> (its {@linkplain BigDecimal#scale() scale} within
 * &plusmn;{@value #MAX_DECIMAL_SCALE}): Smile stores the scale in 31 bits, and a larger one would
 * silently become another number ({@code 1e2000000000} read back as {@code 1E+32}).
 */
public final class Extensions {
  /** The largest magnitude of a {@code BigDecimal} scale an extension value may have. */
  public static final int MAX_DECIMAL_SCALE = 999_999_999;

  /** No unknown members. */
  public static final Extensions EMPTY = new Extensions(Collections.emptyMap());

  private final Map<String, @Nullable Object> members;

  private Extensions(Map<String, @Nullable Object> members) {
    this.members = members;
  }

  /**
   * Copies {@code members}, keeping their iteration order.
   *
   * @param members the members in the order to keep; values as the class comment lists; not null
   * @return the copy; {@link #EMPTY} if {@code members} is empty
   * @throws IllegalArgumentException if a value is not a plain JSON-like value
   * @throws NullPointerException if {@code members} is null
   */
  public static Extensions of(Map<String, ? extends @Nullable Object> members) {
    requireNonNull(members, "members is null");
    if (members.isEmpty()) {
      return EMPTY;
    }
    return new Extensions(copyObject(members, ""));
  }

  /**
   * The members in their original order; unmodifiable; values may be {@code null}.
   *
   * @return the members, keyed by name
   */
  public Map<String, @Nullable Object> asMap() {
    return members;
  }

  /** {@return whether there are no unknown members} */
  public boolean isEmpty() {
    return members.isEmpty();
  }

  /**
   * A copy with {@code name} set to {@code value} (appended if new).
   *
   * @param name the member name; not null
   * @param value the value, as {@link #of(Map)} accepts; {@code null} for JSON {@code null}
   * @return the copy
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code value} is not a plain JSON-like value
   */
  public Extensions with(String name, @Nullable Object value) {
    LinkedHashMap<String, @Nullable Object> copy = new LinkedHashMap<>(members);
    copy.put(requireNonNull(name, "name is null"), value);
    return of(copy);
  }

  private static Map<String, @Nullable Object> copyObject(Map<?, ?> source, String pointer) {
    LinkedHashMap<String, @Nullable Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : source.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new IllegalArgumentException(pointer + ": extension member names must be strings, was " + e.getKey());
      }
      copy.put(key, copyValue(e.getValue(), pointer + "/" + JsonPointers.escape(key)));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static @Nullable Object copyValue(@Nullable Object value, String pointer) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
      return value;
    }
    // Normalised to the type a reader gives back for the same JSON text, so that a value survives
    // a write and a read equal: small integers come back as Long, a decimal whose text is a
    // double's shortest form comes back as Double.
    if (value instanceof BigInteger big) {
      return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
    if (value instanceof BigDecimal decimal && Math.abs((long) decimal.scale()) > MAX_DECIMAL_SCALE) {
      throw new IllegalArgumentException(pointer + ": number " + decimal + " has scale " + decimal.scale()
          + ", outside the ±" + MAX_DECIMAL_SCALE + " that JSON and Smile keep exactly");
    }
    if (value instanceof BigDecimal decimal && decimal.scale() == 0) {
      // Written as plain digits, which a reader takes for an integer.
      return copyValue(decimal.unscaledValue(), pointer);
    }
    if (value instanceof BigDecimal decimal) {
      double d = decimal.doubleValue();
      return Double.isFinite(d) && Double.toString(d).equals(decimal.toString()) ? (Object) d : decimal;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(pointer + ": extension numbers must be finite, was " + d);
      }
      return d;
    }
    if (value instanceof Map<?, ?> map) {
      return copyObject(map, pointer);
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(copyValue(list.get(i), pointer + "/" + i));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(pointer + ": unsupported extension value type "
        + value.getClass().getName() + "; use String, Boolean, Long, BigInteger, Double, BigDecimal, List, Map or null");
  }

  /** Equal when the members are equal <em>in the same order</em>: order is part of the wire form. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Extensions other && orderedEquals(members, other.members);
  }

  // Map.equals ignores order; nested objects must match in order too.
  private static boolean orderedEquals(@Nullable Object a, @Nullable Object b) {
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      if (ma.size() != mb.size()) {
        return false;
      }
      var ia = ma.entrySet().iterator();
      var ib = mb.entrySet().iterator();
      while (ia.hasNext()) {
        var ea = ia.next();
        var eb = ib.next();
        if (!ea.getKey().equals(eb.getKey()) || !orderedEquals(ea.getValue(), eb.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      if (la.size() != lb.size()) {
        return false;
      }
      for (int i = 0; i < la.size(); i++) {
        if (!orderedEquals(la.get(i), lb.get(i))) {
          return false;
        }
      }
      return true;
    }
    return java.util.Objects.equals(a, b);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  @Override
  public String toString() {
    return "Extensions" + members;
  }
}
