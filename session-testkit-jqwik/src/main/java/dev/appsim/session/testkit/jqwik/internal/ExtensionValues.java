package dev.appsim.session.testkit.jqwik.internal;

import dev.appsim.session.model.Extensions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * Unknown members as a newer tool would write them: JSON-like values nested up to a depth.
 *
 * <p>Member names never start with an ASCII lower-case letter, so they cannot collide with a
 * member the format defines (all of which are lower camel case).
 */
public final class ExtensionValues {
  private ExtensionValues() {}

  /** Extensions that are empty three times out of four. */
  public static Arbitrary<Extensions> extensions(int depth, boolean nasty) {
    Arbitrary<Extensions> some = members(depth, nasty, 4).map(Extensions::of);
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Extensions.EMPTY)), Tuple.of(1, some));
  }

  /** Extensions that are always empty, for callers that turned extensions off. */
  public static Arbitrary<Extensions> none() {
    return Arbitraries.just(Extensions.EMPTY);
  }

  /** Member names: {@code X-...} words, or in nasty mode unicode with pointer escapes. */
  public static Arbitrary<String> names(boolean nasty) {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(8).map(s -> "X-" + s);
    if (!nasty) {
      return plain;
    }
    return Arbitraries.oneOf(plain, Texts.unicode(0, 8).map(s -> "\u00e9" + s), Arbitraries.of("", "~", "/", "~1/~0",
        "_", "$ref", "Ünknown", "\u05e9\u05dc\u05d5\u05dd"));
  }

  private static Arbitrary<Map<String, @Nullable Object>> members(int depth, boolean nasty, int max) {
    return Arbitraries.lazy(() -> Arbitraries.maps(names(nasty), values(depth, nasty)).ofMinSize(1).ofMaxSize(max))
        .map(m -> new LinkedHashMap<>(m));
  }

  /** One JSON-like value; containers only while {@code depth > 0}. */
  public static Arbitrary<@Nullable Object> values(int depth, boolean nasty) {
    Arbitrary<@Nullable Object> scalar = scalars(nasty);
    if (depth <= 0) {
      return scalar;
    }
    Arbitrary<@Nullable Object> list = Arbitraries.lazy(() -> values(depth - 1, nasty)).list().ofMaxSize(4)
        .map(l -> (Object) new ArrayList<>(l));
    Arbitrary<@Nullable Object> object = Arbitraries.lazy(() -> Arbitraries.maps(names(nasty), values(depth - 1, nasty))
        .ofMaxSize(3)).map(m -> (Object) new LinkedHashMap<>(m));
    return Arbitraries.frequencyOf(Tuple.of(4, scalar), Tuple.of(1, list), Tuple.of(1, object));
  }

  private static Arbitrary<@Nullable Object> scalars(boolean nasty) {
    List<Arbitrary<? extends @Nullable Object>> kinds = new ArrayList<>();
    kinds.add(Texts.text(nasty));
    kinds.add(Arbitraries.of(true, false));
    kinds.add(Arbitraries.longs().between(-1000, 1000));
    kinds.add(Arbitraries.doubles().between(-1000, 1000).ofScale(3));
    kinds.add(Arbitraries.just(null));
    // BigInteger only beyond long range and BigDecimal only beyond double precision, so that a
    // reader choosing the narrowest exact type gets back the same Java type.
    kinds.add(Arbitraries.longs().between(1, 1000).map(n -> BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(n))));
    kinds.add(Arbitraries.integers().between(1, 999).map(n -> new BigDecimal("0.1000000000000000000000" + n)));
    if (nasty) {
      kinds.add(Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L));
      kinds.add(Arbitraries.of(-0.0, Double.MAX_VALUE, Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300));
      kinds.add(Arbitraries.of(BigInteger.TWO.pow(200).negate(), BigInteger.TEN.pow(40)));
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Arbitrary<@Nullable Object> any = (Arbitrary) Arbitraries.oneOf((List) kinds);
    return any;
  }
}
