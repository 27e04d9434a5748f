package dev.appsim.session.testkit.jqwik.internal;

import dev.appsim.session.model.AnchorNode;
import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.SceneNode;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Scene nodes of each kind, as roots; a scene graph re-attaches them to parents. */
public final class Nodes {
  private Nodes() {}

  public static Arbitrary<SceneNode> any(Settings s) {
    return Arbitraries.oneOf(groups(s), models(s), lights(s), anchors(s));
  }

  public static Arbitrary<SceneNode> groups(Settings s) {
    return Combinators.combine(Texts.ids(s.nasty()), names(s), visible(), transforms(s), extensions(s))
        .as((id, name, visible, t, ext) -> new GroupNode(id, null, name.orElse(null), visible, t, ext));
  }

  public static Arbitrary<SceneNode> models(Settings s) {
    return Combinators.combine(Texts.ids(s.nasty()), names(s), visible(), transforms(s), AssetPaths.models(s.nasty()),
        extensions(s)).as((id, name, visible, t, asset, ext) -> new ModelNode(id, null, name.orElse(null), visible, t,
        asset, ext));
  }

  public static Arbitrary<SceneNode> lights(Settings s) {
    return Combinators.combine(Texts.ids(s.nasty()), names(s), visible(), transforms(s), lightParameters(s),
        extensions(s)).as((id, name, visible, t, light, ext) -> new LightNode(id, null, name.orElse(null), visible, t,
        light, ext));
  }

  public static Arbitrary<SceneNode> anchors(Settings s) {
    Arbitrary<String> anchorIds = s.nasty()
        ? Arbitraries.oneOf(Arbitraries.create(() -> "2f1c9b1e-7a5d-4c1e-9a53-0d4c7e1f6b20"), Texts.ids(true))
        : Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f').ofLength(8);
    return Combinators.combine(Texts.ids(s.nasty()), names(s), visible(), transforms(s), anchorIds, extensions(s))
        .as((id, name, visible, t, anchorId, ext) -> new AnchorNode(id, null, name.orElse(null), visible, t, anchorId,
        ext));
  }

  /**
   * Light parameters within the format's ranges: a range only for point and spot lights, cone
   * angles only for spot lights, inner never wider than outer.
   */
  public static Arbitrary<Light> lightParameters(Settings s) {
    boolean nasty = s.nasty();
    Arbitrary<Double> cones = nasty
        ? Arbitraries.oneOf(Geometry.between(1, 90, false), Arbitraries.of(Double.MIN_VALUE, 90.0, 45.000000000000001))
        : Arbitraries.doubles().between(1, 90).ofScale(1);
    Arbitrary<Optional<Double>> range = Geometry.positive(nasty).optional(0.6);
    return Combinators.combine(Arbitraries.of(LightType.class), Geometry.colors(nasty), Geometry.nonNegative(nasty),
        range, cones.optional(0.7), cones.optional(0.7), Arbitraries.of(false, true), extensions(s))
        .as((type, color, intensity, r, a, b, shadows, ext) -> {
          boolean reaches = type == LightType.POINT || type == LightType.SPOT;
          boolean spot = type == LightType.SPOT;
          Double inner = spot ? a.orElse(null) : null;
          Double outer = spot ? b.orElse(null) : null;
          if (inner != null && outer != null && inner > outer) {
            Double swap = inner;
            inner = outer;
            outer = swap;
          }
          return new Light(type, color, intensity, reaches ? r.orElse(null) : null, inner, outer, shadows, ext);
        });
  }

  private static Arbitrary<Optional<String>> names(Settings s) {
    return Texts.text(s.nasty()).optional(0.5);
  }

  private static Arbitrary<Boolean> visible() {
    return Arbitraries.of(true, false);
  }

  private static Arbitrary<dev.appsim.session.model.Transform> transforms(Settings s) {
    return Geometry.transforms(s.nasty(), extensions(s));
  }

  static Arbitrary<Extensions> extensions(Settings s) {
    return s.extensions() ? ExtensionValues.extensions(s.extensionDepth(), s.nasty()) : ExtensionValues.none();
  }
}
