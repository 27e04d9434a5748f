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
}
