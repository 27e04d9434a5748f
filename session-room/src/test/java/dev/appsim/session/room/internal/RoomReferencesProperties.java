package dev.appsim.session.room.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.path.Attempt;
import dev.appsim.session.room.path.PathResolver;
import dev.appsim.session.room.path.RawPath;
import dev.appsim.session.room.path.RawPathParser;
import dev.appsim.session.room.path.Resolution;
import dev.appsim.session.room.path.ResolverOptions;
import dev.appsim.session.room.asset.AssetFormatException;
import dev.appsim.session.room.asset.AssetReference;
import dev.appsim.session.room.asset.AssetScanner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Property(tries = 1000)
  void everyReadingOfAnAcceptedAssetReferenceStaysInsideTheTarget(@ForAll("assetNames") String a,
      @ForAll("assetNames") String b, @ForAll("formats") String format) throws IOException {
    String text = switch (format) {
      case "obj" -> "mtllib " + a + " " + b + "\n";
      case "mtl" -> "newmtl x\nmap_Kd " + a + "\nmap_Ks " + b + "\n";
      default -> "{\"images\":[{\"uri\":\"" + a.replace("\\", "\\\\") + "\"},{\"uri\":\""
          + b.replace("\\", "\\\\") + "\"}]}";
    };
    String referrer = "assets/x." + format;
    List<AssetReference> found;
    try {
      found = AssetScanner.create().scan(referrer, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (AssetFormatException e) {
      return; // a name no statement can hold: not a reference at all
    }
    RoomReferences.Result result = new RoomReferences(RoomReferencesTest.MANIFEST).check(referrer, found);
    Statistics.label("accepted").collect(result.isAcceptable());
    Statistics.label("accepted").coverage(c -> c.check(true).percentage(p -> p >= 5));
    if (!result.isAcceptable()) {
      return;
    }
    Path folder = TARGET.resolve("assets");
    for (AssetReference ref : found) {
      List<AssetReference> readings = new ArrayList<>(ref.alternatives());
      readings.add(ref);
      for (AssetReference reading : readings) {
        Path resolved = folder.resolve(reading.raw()).normalize();
        assertTrue(resolved.startsWith(TARGET) && !resolved.equals(TARGET), text + " -> " + reading.raw());
      }
    }
  }

  @Provide
  Arbitrary<String> assetNames() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, references()),
        net.jqwik.api.Tuple.of(2, Arbitraries.of("cube.obj", "lamp.mtl", "brass.png", "/etc/passwd", "..\\x")));
  }

  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of("obj", "mtl", "gltf");
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
