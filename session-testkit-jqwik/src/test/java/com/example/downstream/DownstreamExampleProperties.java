package com.example.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.testkit.AssetTree;
import dev.appsim.session.testkit.AssetTrees;
import dev.appsim.session.testkit.GoldenFile;
import dev.appsim.session.testkit.GoldenFiles;
import dev.appsim.session.testkit.RoundTrips;
import dev.appsim.session.testkit.SessionAssertions;
import dev.appsim.session.testkit.jqwik.SessionArbitraries;
import dev.appsim.session.testkit.jqwik.SessionDomain;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** What a downstream integration test looks like with only the testkit's public API. */
class DownstreamExampleProperties {
  private final MyExporter exporter = new MyExporter();

  @Property(tries = 50)
  @Domain(SessionDomain.class)
  void movingANodeSurvivesMyExporter(@ForAll SessionDocument doc, @ForAll Transform moved) throws Exception {
    SessionDocument edited = doc.scene().nodes().isEmpty() ? doc
        : doc.withScene(doc.scene().withTransform(doc.scene().nodes().get(0).id(), moved));
    SessionAssertions.assertSameDocument(edited, exporter.read(exporter.write(edited)));
  }

  @Property(tries = 20)
  void nastyDocumentsSurviveMyExporter(@ForAll("nasty") SessionDocument doc) {
    RoundTrips.check(exporter, doc);
  }

  @Provide
  Arbitrary<SessionDocument> nasty() {
    return SessionArbitraries.documents().withNodes(0, 30).withExtensionDepth(2).nasty();
  }

  @TestFactory
  Stream<DynamicTest> myExporterReadsEveryGoldenSession() {
    return GoldenFiles.sessions().stream().map((GoldenFile golden) -> DynamicTest.dynamicTest(golden.toString(),
        () -> SessionAssertions.assertSameDocument(golden.read(), exporter.read(golden.bytes()))));
  }

  @Test
  void assetTreeGivesASessionWithWindowsAndEnvironmentPaths(@TempDir Path temp) {
    try (AssetTree tree = AssetTrees.builder().gltfModels(2).objModels(1).missingTextures(1).in(temp).build()) {
      assertEquals(4, tree.document().scene().size());
      assertEquals(1, tree.missing().size());
      // hand tree.sessionFile() and tree.resolverOptions() to the tool under test here
    }
  }
}
