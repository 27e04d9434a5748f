package dev.appsim.session.testkit.jqwik.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.RoomGizmos;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionValidationException;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec3;
import dev.appsim.session.model.Violation;
import dev.appsim.session.testkit.jqwik.SessionArbitraries;
import dev.appsim.session.testkit.jqwik.ValueStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.function.Executable;

/**
 * Any single corruption of a valid value is reported once, at the pointer of the corrupted member
 * (issue 2: "any single corruption is reported at the right path"). Pointers are relative to the
 * record being built.
 */
class CorruptionProperties {
  /** An id the plain generators never produce (they use {@code [a-z0-9-]}). */
  private static final String UNKNOWN = "no such node!";

  @Group
  class SceneGraphs {
    @Property(tries = 200)
    void duplicateIdIsReportedAtTheSecondUse(@ForAll("graphs") SceneGraph graph,
        @ForAll @IntRange(max = 1000) int pick) {
      Assume.that(graph.size() > 0);
      int first = pick % graph.size();
      SceneNode original = graph.nodes().get(first);
      List<SceneNode> nodes = new ArrayList<>(graph.nodes());
      nodes.add(original.withParent(null));
      assertOnly("/nodes/" + graph.size() + "/id",
          "duplicate node id \"" + original.id() + "\" (first used by node " + first + ")",
          () -> new SceneGraph(nodes, graph.extensions()));
    }

    @Property(tries = 200)
    void unknownParentIsReportedAtTheChild(@ForAll("graphs") SceneGraph graph, @ForAll @IntRange(max = 1000) int pick) {
      Assume.that(graph.size() > 0);
      int index = pick % graph.size();
      List<SceneNode> nodes = new ArrayList<>(graph.nodes());
      nodes.set(index, nodes.get(index).withParent(UNKNOWN));
      assertOnly("/nodes/" + index + "/parent", "unknown node \"" + UNKNOWN + "\"",
          () -> new SceneGraph(nodes, graph.extensions()));
    }

    @Property(tries = 200)
    void cycleIsReportedOnceAtAMemberOfTheLoop(@ForAll("graphs") SceneGraph graph,
        @ForAll @IntRange(max = 1000) int pick, @ForAll @IntRange(max = 1000) int below) {
      Assume.that(graph.size() > 0);
      SceneNode top = graph.nodes().get(pick % graph.size());
      List<SceneNode> subtree = graph.subtree(top.id());
      Assume.that(subtree.size() > 1);
      SceneNode bottom = subtree.get(1 + below % (subtree.size() - 1));
      Set<String> loop = new HashSet<>();
      graph.pathToRoot(bottom.id()).stream().takeWhile(n -> !n.id().equals(top.id())).forEach(n -> loop.add(n.id()));
      loop.add(top.id());
      List<SceneNode> nodes = new ArrayList<>(graph.nodes());
      int topIndex = graph.indexOf(top.id());
      nodes.set(topIndex, top.withParent(bottom.id()));

      SessionValidationException e = assertThrows(SessionValidationException.class,
          () -> new SceneGraph(nodes, graph.extensions()));
      assertEquals(1, e.violations().size(), e::getMessage);
      Violation v = e.violations().get(0);
      String reported = nodes.get(Integer.parseInt(v.pointer().split("/")[2])).id();
      assertEquals("/nodes/" + graph.indexOf(reported) + "/parent", v.pointer());
      assertTrue(loop.contains(reported), () -> v + " is not on the loop " + loop);
      String[] chain = v.message().substring("parent cycle ".length()).split(" -> ");
      assertEquals(loop, new HashSet<>(Arrays.asList(chain)), v::message);
      assertEquals(loop.size() + 1, chain.length, v::message);
      assertEquals(reported, chain[0]);
      assertEquals(reported, chain[chain.length - 1]);
    }
  }

  @Group
  class Transforms {
    @Property(tries = 200)
    void nonUnitQuaternionIsReportedAtTheRotation(@ForAll("rotations") Quaternion q,
        @ForAll @IntRange(min = 0, max = 1) int grow) {
      double factor = grow == 1 ? 1.01 : 0.99;
      SessionValidationException e = assertThrows(SessionValidationException.class,
          () -> new Quaternion(q.x() * factor, q.y() * factor, q.z() * factor, q.w() * factor));
      assertEquals(1, e.violations().size(), e::getMessage);
      assertEquals("", e.violations().get(0).pointer());
      assertTrue(e.violations().get(0).message().startsWith("rotation is not a unit quaternion: norm "),
          e::getMessage);
    }

    @Property(tries = 100)
    void zeroScaleIsReportedAtItsAxis(@ForAll("transforms") Transform t, @ForAll @IntRange(max = 2) int axis,
        @ForAll boolean negativeZero) {
      double zero = negativeZero ? -0.0 : 0.0;
      Vec3 s = t.scale();
      Vec3 flat = new Vec3(axis == 0 ? zero : s.x(), axis == 1 ? zero : s.y(), axis == 2 ? zero : s.z());
      assertOnly("/scale/" + axis, "scale must not be zero", () -> t.withScale(flat));
    }
  }

  @Group
  class Lights {
    @Property(tries = 100)
    void invertedConesAreReportedAtTheInnerCone(@ForAll("lights") Light light,
        @ForAll @DoubleRange(min = 0.5, max = 90) double a, @ForAll @DoubleRange(min = 0.5, max = 90) double b) {
      Assume.that(a != b);
      double inner = Math.max(a, b);
      double outer = Math.min(a, b);
      assertOnly("/innerConeDeg", "inner cone " + inner + " is wider than outer cone " + outer,
          () -> new Light(LightType.SPOT, light.color(), light.intensity(), light.range(), inner, outer,
              light.castShadows(), light.extensions()));
    }
  }

  @Group
  class MeshBlocks {
    @Property(tries = 100)
    void indexOutOfRangeIsReportedAtTheIndex(@ForAll("blocks") MeshBlock block, @ForAll @IntRange(max = 5) int over) {
      int[] indices = Arrays.copyOf(block.indices().toArray(), block.indices().size() + 3);
      int bad = block.vertexCount() + over;
      indices[block.indices().size()] = bad;
      assertOnly("/indices/" + block.indices().size(), bad + " >= vertex count " + block.vertexCount(),
          () -> withArrays(block, IntArray.of(indices), block.normals(), block.confidence()));
    }

    @Property(tries = 100)
    void normalsOfTheWrongLengthAreReportedAtTheArray(@ForAll("blocks") MeshBlock block) {
      FloatArray normals = FloatArray.of(new float[block.vertices().size() + 3]);
      assertOnly("/normals", "length " + normals.size() + " differs from vertices length " + block.vertices().size(),
          () -> withArrays(block, block.indices(), normals, block.confidence()));
    }

    @Property(tries = 100)
    void confidenceAboveOneIsReportedAtTheValue(@ForAll("blocks") MeshBlock block,
        @ForAll @IntRange(max = 1000) int pick) {
      float[] confidence = new float[block.vertexCount()];
      int index = pick % confidence.length;
      confidence[index] = 1.5f;
      assertOnly("/confidence/" + index, "1.5 is outside [0, 1]",
          () -> withArrays(block, block.indices(), block.normals(), FloatArray.of(confidence)));
    }

    private MeshBlock withArrays(MeshBlock b, IntArray indices, FloatArray normals, FloatArray confidence) {
      return new MeshBlock(b.id(), b.lod(), b.bounds(), b.vertices(), indices, normals, confidence, b.extensions());
    }
  }

  @Group
  class Documents {
    @Property(tries = 200)
    void selectingAnUnknownNodeIsReportedAtTheSelection(@ForAll("documents") SessionDocument doc) {
      RoomGizmos room = doc.gizmos() == null || doc.gizmos().room() == null ? RoomGizmos.NONE : doc.gizmos().room();
      List<String> selection = new ArrayList<>(room.selection());
      selection.add(UNKNOWN);
      GizmoState gizmos = new GizmoState(room.withSelection(selection),
          doc.gizmos() == null ? null : doc.gizmos().panels());
      assertOnly("/gizmos/room/selection/" + (selection.size() - 1), "unknown node \"" + UNKNOWN + "\"",
          () -> doc.withGizmos(gizmos));
    }
  }

  private static void assertOnly(String pointer, String message, Executable build) {
    SessionValidationException e = assertThrows(SessionValidationException.class, build);
    assertEquals(List.of(new Violation(pointer, message)), e.violations());
    assertEquals(pointer, e.location());
  }

  @Provide
  Arbitrary<SceneGraph> graphs() {
    return SessionArbitraries.sceneGraphs().withNodes(0, 20);
  }

  @Provide
  Arbitrary<Quaternion> rotations() {
    return SessionArbitraries.rotations(ValueStyle.NASTY);
  }

  @Provide
  Arbitrary<Transform> transforms() {
    return SessionArbitraries.transforms(ValueStyle.NASTY);
  }

  @Provide
  Arbitrary<Light> lights() {
    return SessionArbitraries.lights(ValueStyle.PLAIN);
  }

  @Provide
  Arbitrary<MeshBlock> blocks() {
    return SessionArbitraries.meshBlocks().withVertices(1, 50).nasty();
  }

  @Provide
  Arbitrary<SessionDocument> documents() {
    return SessionArbitraries.documents();
  }
}
