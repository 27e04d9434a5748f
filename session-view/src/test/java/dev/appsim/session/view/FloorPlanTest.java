package dev.appsim.session.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.PlaneSemantic;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.Rgb;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec3;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class FloorPlanTest {
  private static final double PX = 0.11;

  @Test
  void rendersTheSameBytesTwice() throws Exception {
    SessionDocument doc = Fixtures.example();
    GeometryCache cache = Fixtures.exampleCache();
    assertEquals(FloorPlan.toSvg(doc, cache, RenderOptions.defaults()), FloorPlan.toSvg(doc, cache, RenderOptions.defaults()));
  }

  @Test
  void theCommittedExamplePlanIsWhatRenderDrawsNow() throws Exception {
    // docs/living-room.svg is shown in the README; regenerate it with
    // ./session render examples/living-room/living-room.session docs/living-room.svg
    String committed = Files.readString(Tools.REPO.resolve("docs/living-room.svg"), StandardCharsets.UTF_8);
    assertEquals(committed, FloorPlan.toSvg(Fixtures.example(), Fixtures.exampleCache(), RenderOptions.defaults()));
  }

  @Test
  void nodesSitWhereTheSessionPutsThemInTheTopView() throws Exception {
    SvgDom svg = new SvgDom(FloorPlan.toSvg(Fixtures.room(), null, RenderOptions.defaults()));
    // Top view: u = x, v = z; the bounds are x -3..3, z -4..1.
    double[] frame = svg.frame(-3, -4, 3, 1);
    assertArrayEquals(SvgDom.px(frame, 1.5, -3), SvgDom.centre(svg.one("model")), PX, "sofa at (1.5, 0, -3)");
    assertArrayEquals(SvgDom.px(frame, -2, 0), SvgDom.centre(svg.one("anchor")), PX, "anchor at (-2, 0, 0)");
    assertArrayEquals(SvgDom.px(frame, 0, 0), SvgDom.centre(svg.one("head")), PX, "head at (0, 1.6, 0)");
    List<Element> lights = svg.byClass("light");
    assertEquals(1, lights.size());
    assertArrayEquals(SvgDom.px(frame, 2, 0), SvgDom.centre(lights.get(0)), PX, "bulb at (2, 2.5, 0)");
    Element range = svg.one("range");
    assertEquals(2 * frame[2], SvgDom.num(range, "r"), PX, "range 2 m");
  }

  @Test
  void theFloorIsFilledWithItsExtentWhereItsPosePutsIt() throws Exception {
    SvgDom svg = new SvgDom(FloorPlan.toSvg(Fixtures.room(), null, RenderOptions.defaults()));
    double[] frame = svg.frame(-3, -4, 3, 1);
    Element floor = svg.one("floor");
    assertEquals("#d8c3a0", floor.getAttribute("fill"));
    double[] p = SvgDom.points(floor);
    // Extent 6 x 5 centred at (0, 0, -1.5), turned flat: x -3..3, z -4..1.
    assertEquals(frame[0] - 3 * frame[2], min(p, 0), PX);
    assertEquals(frame[0] + 3 * frame[2], max(p, 0), PX);
    assertEquals(frame[1] - 4 * frame[2], min(p, 1), PX);
    assertEquals(frame[1] + 1 * frame[2], max(p, 1), PX);
  }

  @Test
  void frontAndSideViewsProjectAlongTheirAxes() throws Exception {
    SessionDocument room = Fixtures.room();
    SvgDom front = new SvgDom(FloorPlan.toSvg(room, null, RenderOptions.builder().view(View.FRONT).build()));
    // Front: u = x, v = -y; bounds x -3..3, y 0..2.7.
    double[] f = front.frame(-3, -2.7, 3, 0);
    assertArrayEquals(SvgDom.px(f, 1.5, 0), SvgDom.centre(front.one("model")), PX);
    assertArrayEquals(SvgDom.px(f, 2, -2.5), SvgDom.centre(front.one("light")), PX);
    SvgDom side = new SvgDom(FloorPlan.toSvg(room, null, RenderOptions.builder().view(View.SIDE).build()));
    // Side: u = -z, v = -y; bounds z -4..1 give u -1..4.
    double[] s = side.frame(-1, -2.7, 4, 0);
    assertArrayEquals(SvgDom.px(s, 3, 0), SvgDom.centre(side.one("model")), PX);
    assertArrayEquals(SvgDom.px(s, 0, -1.6), SvgDom.centre(side.one("head")), PX);
  }

  @Test
  void aWallIsALineFromAboveAndARectangleFromTheFront() throws Exception {
    Plane wall = new Plane("wall", new Pose(new Vec3(0, 1.35, -4), Quaternion.IDENTITY), 6, 2.7,
        List.of(PlaneSemantic.WALL), null, Extensions.EMPTY);
    SessionDocument doc = withPlanes(Fixtures.room(), wall);
    SvgDom top = new SvgDom(FloorPlan.toSvg(doc, null, RenderOptions.defaults()));
    double[] t = top.frame(-3, -4, 3, 1);
    double[] p = SvgDom.points(top.one("wall"));
    assertEquals(SvgDom.px(t, 0, -4)[1], min(p, 1), PX);
    assertEquals(SvgDom.px(t, 0, -4)[1], max(p, 1), PX);
    SvgDom front = new SvgDom(FloorPlan.toSvg(doc, null, RenderOptions.builder().view(View.FRONT).build()));
    double[] f = front.frame(-3, -2.7, 3, 0);
    double[] q = SvgDom.points(front.one("wall"));
    assertEquals(SvgDom.px(f, 0, -2.7)[1], min(q, 1), PX);
    assertEquals(SvgDom.px(f, 0, 0)[1], max(q, 1), PX);
  }

  @Test
  void aCeilingIsOnlyOutlinedFromAbove() throws Exception {
    Plane ceiling = new Plane("ceiling", new Pose(new Vec3(0, 2.7, -1.5), new Quaternion(0.7071068, 0, 0, 0.7071068)),
        6, 5, List.of(PlaneSemantic.CEILING), null, Extensions.EMPTY);
    SvgDom svg = new SvgDom(FloorPlan.toSvg(withPlanes(Fixtures.room(), ceiling), null, RenderOptions.defaults()));
    Element outline = svg.one("ceiling");
    assertEquals("plane outline ceiling", outline.getAttribute("class"));
    assertFalse(outline.hasAttribute("fill"));
  }

  @Test
  void aSpotConePointsAlongTheLightsMinusZ() throws Exception {
    // Turned +90 degrees about Y, the lamp's -Z points to -X.
    Quaternion turn = new Quaternion(0, 0.7071068, 0, 0.7071068);
    LightNode lamp = new LightNode("lamp", null, null, true, new Transform(new Vec3(1, 2, 0), turn, Vec3.ONE),
        Light.spot(Rgb.WHITE, 100, 3, 10, 20), Extensions.EMPTY);
    SessionDocument doc = Fixtures.room().withScene(SceneGraph.of(lamp));
    SvgDom svg = new SvgDom(FloorPlan.toSvg(doc, null, RenderOptions.defaults()));
    double[] frame = svg.frame(-3, -4, 3, 1);
    List<Element> cones = svg.byClass("cone");
    assertEquals(2, cones.size(), "outer and inner cone");
    double[] outer = SvgDom.points(cones.get(0));
    assertEquals(SvgDom.px(frame, 1 - 3, 0)[0], min(outer, 0), 0.5, "reaches 3 m toward -X");
    assertEquals(SvgDom.px(frame, 1, 0)[0], max(outer, 0), 0.5, "starts at the lamp");
    double halfWidth = 3 * Math.sin(Math.toRadians(20)) * frame[2];
    assertEquals(2 * halfWidth, max(outer, 1) - min(outer, 1), 1.0, "as wide as the 20-degree cone");
  }

  @Test
  void hostileNamesAreEscapedAndCut() throws Exception {
    String hostile = "<script>alert('x')</script>&\"\u0000\u0007\uD800" + "x".repeat(100);
    ModelNode node = new ModelNode("n", null, hostile, true, Transform.IDENTITY, "a.glb", Extensions.EMPTY);
    SessionDocument doc = Fixtures.room().withScene(SceneGraph.of(node)).withGizmos(null)
        .withMetadata(dev.appsim.session.model.Metadata.named("]]><!-- \uDBFF"));
    String text = FloorPlan.toSvg(doc, null, RenderOptions.defaults());
    SvgDom svg = new SvgDom(text);
    String shown = svg.one("label").getTextContent();
    assertEquals("<script>alert('x')</script>&\"\uFFFD\uFFFD\uFFFD" + "x".repeat(48 - 32) + "\u2026", shown);
    assertTrue(svg.all("//*[local-name()='title']").get(0).getTextContent().startsWith("]]><!-- \uFFFD \u2014 top view"));
    assertFalse(text.contains("<script>"));
  }

  @Test
  void anUnreadSidecarIsNamedInTheLegend() throws Exception {
    SessionDocument doc = Fixtures.room().withGeometryCache(new ExternalGeometryCache("scans/room.geocache"));
    String svg = FloorPlan.toSvg(doc, null, RenderOptions.defaults());
    assertTrue(svg.contains(">geometry cache sidecar not read</text>"), svg);
    String withCache = FloorPlan.toSvg(doc, Fixtures.exampleCache(), RenderOptions.defaults());
    assertTrue(withCache.contains(">3 mesh blocks, 1,889 vertices</text>"));
  }

  @Test
  void anEmptySessionStillGivesAPlan() throws Exception {
    SvgDom svg = new SvgDom(FloorPlan.toSvg(SessionDocument.builder().build(), null, RenderOptions.defaults()));
    assertEquals("Untitled session \u2014 top view", svg.all("//*[local-name()='title']").get(0).getTextContent());
    assertTrue(svg.all("//*[local-name()='text' and .='no geometry cache']").size() == 1);
  }

  @Test
  void extremeCoordinatesGiveFiniteNumbersAndCountWhatOverflows() throws Exception {
    double m = Double.MAX_VALUE;
    SessionDocument doc = SessionDocument.builder().scene(SceneGraph.of(
        ModelNode.of("far", null, "a.glb", Transform.translation(m, -m, m)),
        ModelNode.of("near", null, "a.glb", Transform.translation(-m, m, -m)),
        new LightNode("big", null, null, true, new Transform(Vec3.ZERO, Quaternion.IDENTITY, new Vec3(m, m, m)),
            new Light(LightType.POINT, Rgb.WHITE, 1, m, null, null, false, Extensions.EMPTY), Extensions.EMPTY),
        ModelNode.of("beyond", "big", "a.glb", Transform.translation(2, 2, 2)))).build();
    String text = FloorPlan.toSvg(doc, null, RenderOptions.defaults());
    SafeXml.parse(text);
    assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
    assertTrue(text.contains(">1 beyond the number range, not drawn</text>"), text);
  }

  @Test
  void aMillionVertexBlockCostsAFixedSizeFootprint() throws Exception {
    SessionDocument doc = SessionDocument.builder().build();
    GeometryCache small = new GeometryCache(null, null, List.of(Fixtures.grid("b", 10, false, false)), List.of());
    GeometryCache big = new GeometryCache(null, null, List.of(Fixtures.grid("b", 1000, false, false)), List.of());
    String a = FloorPlan.toSvg(doc, small, RenderOptions.defaults());
    String b = FloorPlan.toSvg(doc, big, RenderOptions.defaults());
    assertTrue(b.length() < 12_000, "the plan of 1,000,000 vertices is " + b.length() + " characters");
    assertEquals(a.length(), b.length(), 200, "about as large as the plan of 100 vertices");
  }

  @Test
  void writesUtf8ToAFileAtomically(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("plan.svg");
    FloorPlan.render(Fixtures.room(), null, RenderOptions.defaults(), out);
    assertEquals(FloorPlan.toSvg(Fixtures.room(), null, RenderOptions.defaults()), Files.readString(out));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
    }
  }

  @Test
  void sizesOutOfRangeAreRefused() {
    IllegalArgumentException w = assertThrows(IllegalArgumentException.class,
        () -> RenderOptions.builder().size(100, 500).build());
    assertEquals("width (100) must be between 360 and 16384", w.getMessage());
    IllegalArgumentException h = assertThrows(IllegalArgumentException.class,
        () -> RenderOptions.builder().size(400, 20000).build());
    assertEquals("height (20000) must be between 240 and 16384", h.getMessage());
  }

  private static SessionDocument withPlanes(SessionDocument doc, Plane... planes) {
    GeometryCache cache = (GeometryCache) doc.geometryCache();
    return doc.withGeometryCache(new GeometryCache(null, cache.bounds(), List.of(), List.of(planes)));
  }

  private static double min(double[] xy, int axis) {
    double m = Double.POSITIVE_INFINITY;
    for (int i = axis; i < xy.length; i += 2) {
      m = Math.min(m, xy[i]);
    }
    return m;
  }

  private static double max(double[] xy, int axis) {
    double m = Double.NEGATIVE_INFINITY;
    for (int i = axis; i < xy.length; i += 2) {
      m = Math.max(m, xy[i]);
    }
    return m;
  }
}
