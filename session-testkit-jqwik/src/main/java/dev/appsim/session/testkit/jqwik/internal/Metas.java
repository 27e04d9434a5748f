package dev.appsim.session.testkit.jqwik.internal;

import dev.appsim.session.model.Generator;
import dev.appsim.session.model.Metadata;
import java.time.Instant;
import java.util.LinkedHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Session metadata and RFC 3339 UTC instants. */
public final class Metas {
  private static final long Y2020 = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
  private static final long Y2030 = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond();
  private static final long Y0001 = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
  private static final long Y9999 = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  private Metas() {}

  /**
   * Instants at whole seconds, milliseconds or nanoseconds, 2020-2030; nasty mode spans the
   * four-digit years RFC 3339 allows, 0001 to 9999.
   */
  public static Arbitrary<Instant> instants(boolean nasty) {
    Arbitrary<Long> seconds = nasty
        ? Arbitraries.oneOf(Arbitraries.longs().between(Y0001, Y9999), Arbitraries.of(Y0001, Y9999, 0L, -1L))
        : Arbitraries.longs().between(Y2020, Y2030);
    Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(0)),
        Tuple.of(2, Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000)),
        Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
  }

  public static Arbitrary<Metadata> metadata(Settings s) {
    boolean nasty = s.nasty();
    Arbitrary<Generator> generators = Combinators.combine(Arbitraries.of("Application Simulator", "session-cli"),
        Arbitraries.of("1.6.0", "0.1.0-SNAPSHOT"), Nodes.extensions(s)).as(Generator::new);
    Arbitrary<LinkedHashMap<String, String>> properties = Arbitraries.maps(Texts.text(nasty), Texts.text(nasty))
        .ofMaxSize(3).map(LinkedHashMap::new);
    return Combinators.combine(Texts.text(nasty), instants(nasty).optional(0.6), instants(nasty).optional(0.6),
        generators.optional(0.6), properties, Nodes.extensions(s))
        .as((name, created, modified, generator, props, ext) -> new Metadata(name, created.orElse(null),
            modified.orElse(null), generator.orElse(null), props, ext));
  }
}
