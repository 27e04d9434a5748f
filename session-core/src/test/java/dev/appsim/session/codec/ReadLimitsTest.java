package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {
  @Test
  void hasTheDocumentedDefaults() {
    assertEquals("ReadLimits{maxDocumentBytes=536870912, maxNestingDepth=64, maxNumberLength=100,"
        + " maxNameLength=1024, maxStringLength=16777216, maxArrayLength=1000000,"
        + " maxExtensionValues=1000000, maxVertices=16777216, maxIndices=100663296,"
        + " maxTokenCount=222103808, maxViolations=1000}", ReadLimits.defaults().toString());
  }

  @Test
  void derivesTheTokenCountFromTheGeometryLimitsUntilSet() {
    ReadLimits small = ReadLimits.defaults().toBuilder().maxVertices(1000).maxIndices(3000).build();
    assertEquals(4_000_000L + 7_000 + 3_000, small.maxTokenCount());
    assertEquals(77, small.toBuilder().maxTokenCount(77).maxVertices(5).build().maxTokenCount());
  }

  @Test
  void equalLimitsAreEqual() {
    assertEquals(ReadLimits.defaults(), ReadLimits.builder().build());
    assertEquals(ReadLimits.defaults().hashCode(), ReadLimits.builder().build().hashCode());
  }

  @Test
  void refusesNonPositiveLimits() {
    assertEquals("maxStringLength (0) must be positive", assertThrows(IllegalArgumentException.class,
        () -> ReadLimits.builder().maxStringLength(0)).getMessage());
    assertEquals("maxNestingDepth (4) must be at least 8, the nesting the session format itself needs",
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.builder().maxNestingDepth(4)).getMessage());
  }
}
