package dev.appsim.session.room.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.path.Attempt;
import dev.appsim.session.room.path.PathResolver;
import dev.appsim.session.room.path.RawPath;
import dev.appsim.session.room.path.RawPathParser;
import dev.appsim.session.room.path.Resolution;
import dev.appsim.session.room.path.ResolverOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** What the form part of the rule lets through can only name something inside the unpacked room. */
class RoomReferencesProperties {
  private static final Path TARGET = Path.of("/unpacked/room").toAbsolutePath();

  @Property(tries = 3000)
  void anAcceptedFormStaysInsideTheTargetWhereverItIsResolved(@ForAll("references") String reference) {
    Optional<String> problem = RoomReferences.form(reference);
    Statistics.label("accepted").collect(problem.isEmpty());
    // The generator must reach both sides of the rule, or the property proves nothing.
    Statistics.label("accepted").coverage(c -> {
      c.check(true).percentage(p -> p >= 1);
      c.check(false).percentage(p -> p >= 50);
    });
    if (problem.isPresent()) {
      return;
    }
    Path resolved = TARGET.resolve(reference).normalize();
    assertTrue(resolved.startsWith(TARGET) && !resolved.equals(TARGET), reference);
    // The project's own parser and expander read it the same way: relative, literal, no folding.
    RawPath parsed = RawPathParser.parse(reference);
    assertEquals(RawPath.Kind.RELATIVE, parsed.kind(), reference);
    assertEquals(reference, String.join("/", parsed.segments()), reference);
  }

  @Property(tries = 1000)
  void theResolverLooksForAnAcceptedFormOnlyInsideTheTarget(@ForAll("references") String reference) {
    if (RoomReferences.form(reference).isPresent()) {
      return;
    }
    PathResolver resolver = new PathResolver(ResolverOptions.builder()
        .environment(Map.of("HOME", "/elsewhere", "A", "/elsewhere")).home(Path.of("/elsewhere")).build());
    Resolution r = resolver.resolve(reference, TARGET);
    for (Attempt a : r.attempts()) {
      assertTrue(a.candidate().isEmpty() || Path.of(a.candidate()).normalize().startsWith(TARGET),
          reference + ": " + a.describe());
    }
  }

  @Provide
  Arbitrary<String> references() {
    Arbitrary<String> segment = Arbitraries.oneOf(
        Arbitraries.strings().withChars("aZ0_-. é~$%{}:\\C").ofMinLength(0).ofMaxLength(6),
        Arbitraries.of("..", ".", "", "~", "C:", "file:", "data:", "$HOME", "${A}", "%A%", "assets", "cube.obj"));
    return segment.list().ofMinSize(1).ofMaxSize(5).map(list -> String.join("/", list))
        .edgeCases(c -> c.add("assets/cube.obj"));
  }
}
