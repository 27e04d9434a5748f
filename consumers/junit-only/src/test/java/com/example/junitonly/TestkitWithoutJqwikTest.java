package com.example.junitonly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.testkit.AssetTree;
import dev.appsim.session.testkit.AssetTrees;
import dev.appsim.session.testkit.CodecsUnderTest;
import dev.appsim.session.testkit.GoldenFile;
import dev.appsim.session.testkit.GoldenFiles;
import dev.appsim.session.testkit.RoomRoundTrips;
import dev.appsim.session.testkit.RoundTrips;
import dev.appsim.session.testkit.SessionAssertions;
import dev.appsim.session.testkit.SessionCodecUnderTest;
import dev.appsim.session.testkit.SessionDiff;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Every part of the testkit that needs no jqwik, used from plain JUnit tests. */
class TestkitWithoutJqwikTest {
  private final SessionCodecUnderTest json = CodecsUnderTest.json();

  @Test
  void goldenSessionsReadBackTheSame() {
    assertFalse(GoldenFiles.sessions().isEmpty());
    for (GoldenFile golden : GoldenFiles.sessions()) {
      SessionAssertions.assertSameDocument(golden.read(), golden.read());
      RoundTrips.check(json, golden.read());
    }
  }

  @Test
  void diffsNameThePointerThatDiffers() {
    SessionDocument a = SessionDocument.builder().scene(SceneGraph.of(GroupNode.root("room"))).build();
    SessionDocument b = a.withScene(a.scene().withTransform("room", Transform.translation(1.5, 0, 0)));
    SessionDiff diff = SessionDiff.between(a, b);
    assertFalse(diff.isEmpty());
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> SessionAssertions.assertSameDocument(a, b));
    assertTrue(e.getMessage().contains("/scene/nodes/0/transform"), e.getMessage());
  }

  @Test
  void generatedAssetTreesSurvivePackageOpenUnpack(@TempDir Path temp) {
    try (AssetTree tree = AssetTrees.builder().gltfModels(2).objModels(1).in(temp).build()) {
      RoomRoundTrips.check(tree, temp.resolve("work"));
    }
  }
}
