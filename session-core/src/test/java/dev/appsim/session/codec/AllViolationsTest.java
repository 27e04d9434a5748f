package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.SessionValidationException;
import dev.appsim.session.model.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document with several independent faults reports every one of them, not just the first. */
class AllViolationsTest {
  private static List<String> violations(String json) {
    SessionValidationException e = assertThrows(SessionValidationException.class,
        () -> SessionCodec.defaults().read(json.getBytes(StandardCharsets.UTF_8)));
    return e.violations().stream().map(Violation::toString).toList();
  }

  @Test
  void graphFaultsAreReportedBesideABrokenNode() {
    assertEquals(List.of(
            "/scene/nodes/0/light/intensity: -1.0 must be >= 0",
            "/scene/nodes/0/light/innerConeDeg: inner cone 50.0 is wider than outer cone 30.0",
            "/scene/nodes/1/parent: unknown node \"zz\""),
        violations("""
            {"format":"appsim.session","formatVersion":"1.0","metadata":{"name":"x"},
             "scene":{"nodes":[
               {"id":"a","kind":"light","light":{"type":"spot","color":[1,1,1],"intensity":-1,
                "castShadows":false,"innerConeDeg":50,"outerConeDeg":30}},
               {"id":"b","kind":"group","parent":"zz"}]}}
            """));
  }

  @Test
  void aChildOfABrokenNodeIsNotReportedAsOrphan() {
    assertEquals(List.of(
            "/scene/nodes/0/light/intensity: -1.0 must be >= 0",
            "/scene/nodes/2/id: duplicate node id \"a\" (first used by node 0)"),
        violations("""
            {"format":"appsim.session","formatVersion":"1.0","metadata":{"name":"x"},
             "scene":{"nodes":[
               {"id":"a","kind":"light","light":{"type":"point","color":[1,1,1],"intensity":-1,"castShadows":false}},
               {"id":"b","kind":"group","parent":"a"},
               {"id":"a","kind":"group"}]}}
            """));
  }

  @Test
  void everyMissingMemberOfANodeIsReported() {
    assertEquals(List.of(
            "/scene/nodes/0: missing required member \"id\"",
            "/scene/nodes/0: missing required member \"light\""),
        violations(withNodes("{\"kind\":\"light\"}")));
  }

  @Test
  void aMisplacedMemberIsReportedBesideTheMissingOnes() {
    assertEquals(List.of(
            "/scene/nodes/0: missing required member \"id\"",
            "/scene/nodes/0/asset: \"asset\" belongs to model nodes, not to a anchor node",
            "/scene/nodes/0/light: \"light\" belongs to light nodes, not to a anchor node",
            "/scene/nodes/0: missing required member \"anchorId\""),
        violations(withNodes("""
            {"kind":"anchor","asset":"a.glb","light":{"type":"point","color":[1,1,1],"intensity":1,
             "castShadows":false}}""")));
  }

  @Test
  void aMissingMemberIsReportedBesideAWrongOne() {
    assertEquals(List.of(
            "/scene/nodes/0/id: expected a string, found the number 7 (line 2, column 25)",
            "/scene/nodes/0: missing required member \"kind\""),
        violations(withNodes("{\"id\":7}")));
  }

  @Test
  void everyMissingMemberOfNestedPartsIsReported() {
    assertEquals(List.of(
            "/metadata/generator: missing required member \"name\"",
            "/metadata/generator: missing required member \"version\"",
            "/scene/nodes/0/light: missing required member \"type\"",
            "/scene/nodes/0/light: missing required member \"color\"",
            "/scene/nodes/0/light: missing required member \"intensity\"",
            "/scene/nodes/0/light: missing required member \"castShadows\""),
        violations("""
            {"format":"appsim.session","formatVersion":"1.0","metadata":{"name":"x","generator":{}},
             "scene":{"nodes":[{"id":"a","kind":"light","light":{}}]}}
            """));
  }

  @Test
  void everyMissingRootMemberIsReported() {
    assertEquals(List.of(
            "/format: expected \"appsim.session\", found \"x\"",
            "/: missing required member \"formatVersion\"",
            "/: missing required member \"metadata\"",
            "/: missing required member \"scene\""),
        violations("{\"format\":\"x\"}"));
  }

  private static String withNodes(String nodes) {
    return "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"x\"},\n"
        + "\"scene\":{\"nodes\":[" + nodes + "]}}";
  }
}
