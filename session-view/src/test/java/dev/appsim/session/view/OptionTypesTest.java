package dev.appsim.session.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The render and export options can grow without breaking callers compiled against an older
 * version: no public constructor, builders that copy every value, value semantics.
 */
class OptionTypesTest {

  @Test
  void optionTypesHaveNoPublicConstructorAndAreFinal() {
    for (Class<?> type : List.of(RenderOptions.class, ExportOptions.class, RenderOptions.Builder.class,
        ExportOptions.Builder.class)) {
      assertEquals(0, type.getConstructors().length, type + " has a public constructor");
      assertTrue(Modifier.isFinal(type.getModifiers()), type + " is not final");
      assertTrue(!type.isRecord(), type + " is a record");
    }
  }

  @Test
  void toBuilderCopiesEveryValue() {
    RenderOptions render = RenderOptions.builder().view(View.SIDE).width(1000).height(500).build();
    ExportOptions export = ExportOptions.builder().confidence(ConfidenceEncoding.NONE).cameraFieldOfViewDeg(45).build();
    assertEquals(render, render.toBuilder().build());
    assertEquals(render.hashCode(), render.toBuilder().build().hashCode());
    assertEquals(export, export.toBuilder().build());
    assertEquals(export.hashCode(), export.toBuilder().build().hashCode());
    assertEquals("RenderOptions[view=SIDE, width=1000, height=500]", render.toString());
    assertEquals("ExportOptions[confidence=NONE, cameraFieldOfViewDeg=45.0]", export.toString());
    assertEquals(render, RenderOptions.builder().view(View.SIDE).size(1000, 500).build());
    assertNotEquals(render, render.toBuilder().width(1001).build());
    assertNotEquals(export, export.toBuilder().cameraFieldOfViewDeg(46).build());
  }

  @Test
  void buildersCheckValuesAndRefuseNull() {
    assertEquals("width (10) must be between 360 and 16384",
        assertThrows(IllegalArgumentException.class, () -> RenderOptions.builder().width(10).build()).getMessage());
    assertEquals("cameraFieldOfViewDeg (180.0) must be greater than 0 and less than 180",
        assertThrows(IllegalArgumentException.class,
            () -> ExportOptions.builder().cameraFieldOfViewDeg(180).build()).getMessage());
    assertEquals("view is null",
        assertThrows(NullPointerException.class, () -> RenderOptions.builder().view(null)).getMessage());
  }
}
