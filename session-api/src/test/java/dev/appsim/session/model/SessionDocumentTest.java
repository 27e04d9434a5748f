package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionDocumentTest {
  private static final SessionDocument DOC = SessionDocument.builder()
      .metadata(Metadata.named("Living room"))
      .scene(SceneGraph.of(
          GroupNode.root("room"),
          ModelNode.of("sofa", "room", "C:\\Users\\ana\\models\\sofa.gltf", Transform.translation(0, 0, -2)),
          ModelNode.of("chair", "room", "$ML_ZI_ROOT/data/chair.glb", Transform.IDENTITY)))
      .geometryCache(new ExternalGeometryCache("scans/room.geocache"))
      .build();

  @Test
  void listsEveryAssetReferenceWithItsPointer() {
    assertEquals(List.of(
            new AssetRef("/scene/nodes/1/asset", "C:\\Users\\ana\\models\\sofa.gltf", AssetRole.MODEL),
            new AssetRef("/scene/nodes/2/asset", "$ML_ZI_ROOT/data/chair.glb", AssetRole.MODEL),
            new AssetRef("/geometryCache/source", "scans/room.geocache", AssetRole.GEOMETRY_CACHE)),
        DOC.assetRefs());
  }

  @Test
  void rewritesEveryAssetPath() {
    SessionDocument packed = DOC.withAssetPaths(ref -> "assets/" + ref.pointer().replace('/', '_'));
    assertEquals(List.of("assets/_scene_nodes_1_asset", "assets/_scene_nodes_2_asset", "assets/_geometryCache_source"),
        packed.assetRefs().stream().map(AssetRef::path).toList());
    assertEquals(DOC.scene().size(), packed.scene().size());
  }

  @Test
  void keepsTheSameDocumentWhenNoPathChanges() {
    assertSame(DOC, DOC.withAssetPaths(AssetRef::path));
  }

  @Test
  void rejectsSelectionOfUnknownNode() {
    GizmoState gizmos = new GizmoState(RoomGizmos.NONE.withSelection(List.of("sofa", "ghost")), null);
    assertEquals(List.of("/gizmos/room/selection/1: unknown node \"ghost\""),
        Violations.of(() -> DOC.withGizmos(gizmos)));
  }

  @Test
  void builderDefaultsToCurrentVersionAndEmptyScene() {
    SessionDocument empty = SessionDocument.builder().build();
    assertEquals(FormatVersion.CURRENT, empty.formatVersion());
    assertEquals(0, empty.scene().size());
    assertEquals(DOC, DOC.toBuilder().build());
  }

  @Test
  void parsesAndComparesVersions() {
    assertEquals(new FormatVersion(1, 9), FormatVersion.parse("1.9"));
    assertEquals("12.0", FormatVersion.parse("12.0").toString());
    assertEquals(List.of("/: format version \"1.x\" is not MAJOR.MINOR (digits only, e.g. \"1.0\")"),
        Violations.of(() -> FormatVersion.parse("1.x")));
    assertEquals(-1, Integer.signum(FormatVersion.parse("1.9").compareTo(FormatVersion.parse("2.0"))));
  }

  // Regression: FORMAT 1.1 allows any digits, and 1.2147483647 was written but not read back.
  @Test
  void versionsAllowLeadingZerosAndRefuseParts() {
    assertEquals(new FormatVersion(1, 2), FormatVersion.parse("001.02"));
    assertEquals(new FormatVersion(0, 0), FormatVersion.parse("00.0"));
    assertEquals(List.of("/: format version \"1.0000000001000000000\" has a part above 999999999"),
        Violations.of(() -> FormatVersion.parse("1.0000000001000000000")));
    assertEquals("version 1.2147483647 has a part above 999999999",
        assertThrows(IllegalArgumentException.class, () -> new FormatVersion(1, Integer.MAX_VALUE)).getMessage());
  }

  @Test
  void extensionsKeepOrderAndNormaliseNumbers() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("b", 1);
    members.put("a", List.of(2.5f, new BigDecimal("1e400")));
    Extensions ext = Extensions.of(members);
    assertEquals(List.of("b", "a"), List.copyOf(ext.asMap().keySet()));
    assertEquals(1L, ext.asMap().get("b"));
    assertEquals(List.of(2.5, new BigDecimal("1e400")), ext.asMap().get("a"));
    Map<String, Object> reordered = new LinkedHashMap<>();
    reordered.put("a", List.of(2.5, new BigDecimal("1e400")));
    reordered.put("b", 1L);
    assertEquals(false, ext.equals(Extensions.of(reordered)));
  }

  // Regression: a reader gives back Long for 5 and Double for 1.0, so BigInteger 5 and
  // BigDecimal 1.0 did not survive a write and a read equal.
  @Test
  void extensionsNormaliseBigNumbersToWhatAReaderGivesBack() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("small", java.math.BigInteger.valueOf(5));
    members.put("huge", java.math.BigInteger.ONE.shiftLeft(64));
    members.put("shortest", new BigDecimal("1.0"));
    members.put("exact", new BigDecimal("1.00"));
    members.put("integral", new BigDecimal("110"));
    Extensions ext = Extensions.of(members);
    assertEquals(110L, ext.asMap().get("integral"));
    assertEquals(5L, ext.asMap().get("small"));
    assertEquals(java.math.BigInteger.ONE.shiftLeft(64), ext.asMap().get("huge"));
    assertEquals(1.0, ext.asMap().get("shortest"));
    assertEquals(new BigDecimal("1.00"), ext.asMap().get("exact"));
  }

  // Regression: an extension named like a known member made the writer fail with a raw Jackson
  // exception ("scene") or read back as the known member ("gizmos").
  @Test
  void rejectsExtensionsNamedLikeKnownMembers() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("gizmos", 1L);
    members.put("mood", "calm");
    members.put("scene", 2L);
    assertEquals(List.of(
            "/gizmos: \"gizmos\" is a member the format defines, so it cannot be an extension; set it through the model",
            "/scene: \"scene\" is a member the format defines, so it cannot be an extension; set it through the model"),
        Violations.of(() -> SessionDocument.builder().extensions(Extensions.of(members)).build()));
  }

  @Test
  void rejectsNodeExtensionsNamedLikeAnotherKindsMember() {
    assertEquals(List.of(
            "/asset: \"asset\" is a member the format defines, so it cannot be an extension; set it through the model"),
        Violations.of(() -> new GroupNode("g", null, null, true, Transform.IDENTITY,
            Extensions.of(Map.of("asset", "x.gltf")))));
  }

  @Test
  void extensionsRejectForeignValueTypes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Extensions.of(Map.of("x", List.of(new Object()))));
    assertEquals("/x/0: unsupported extension value type java.lang.Object; use String, Boolean, Long, BigInteger, "
        + "Double, BigDecimal, List, Map or null", e.getMessage());
  }

  @Test
  void validationExceptionMessageListsAllViolations() {
    SessionValidationException e = new SessionValidationException(List.of(
        new Violation("/a", "first"), new Violation("/b", "second")));
    assertEquals("2 violations:\n  /a: first\n  /b: second", e.getMessage());
    assertEquals("/a", e.location());
    assertEquals("/scene/a", e.under("/scene").violations().get(0).pointer());
  }
}
