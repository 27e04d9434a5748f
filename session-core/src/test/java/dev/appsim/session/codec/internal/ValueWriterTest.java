package dev.appsim.session.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.codec.ReadLimits;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;

class ValueWriterTest {
  private static String json(Consumer<ValueWriter> body) {
    CanonicalPrettyPrinter printer = new CanonicalPrettyPrinter();
    StringWriter text = new StringWriter();
    ObjectWriteContext context = new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return printer;
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
    try (JsonGenerator g = JacksonFactories.json(ReadLimits.defaults()).createGenerator(context, text)) {
      body.accept(new ValueWriter(g, printer));
    }
    return text.toString();
  }

  @Test
  void writesFloatsInTheirShortestFloat32Form() {
    float[] values = {1.0f, 1e-5f, 0.1f, -0.0f, 3.4028235e38f, 1.4e-45f, 16777216f, 0.7071068f};
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JacksonFactories.json(ReadLimits.defaults()).createGenerator(out)) {
      g.writeStartArray();
      for (float f : values) {
        g.writeNumber(f);
      }
      g.writeEndArray();
    }
    assertEquals("[1.0,1.0E-5,0.1,-0.0,3.4028235E38,1.4E-45,1.6777216E7,0.7071068]", out.toString());
    assertEquals(Arrays.toString(values).replace(" ", ""), out.toString(), "Float.toString semantics");
  }

  @Test
  void laysOutNestedValuesCanonically() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("a", List.of(1L, 2.5, "x"));
    inner.put("b", List.of(Map.of("c", true), List.of()));
    inner.put("d", Map.of());
    assertEquals("""
        {
          "a": [1, 2.5, "x"],
          "b": [
            {
              "c": true
            },
            []
          ],
          "d": {}
        }""", json(w -> w.plainValue(inner)));
  }

  @Test
  void refusesNonFiniteNumbers() {
    assertEquals("cannot write the non-finite number NaN at /x", assertThrows(IllegalArgumentException.class,
        () -> json(w -> w.plainValue(Map.of("x", Double.NaN)))).getMessage());
    assertEquals("cannot write the non-finite number Infinity at /v", assertThrows(IllegalArgumentException.class,
        () -> json(w -> w.plainValue(Map.of("v", List.of(Double.POSITIVE_INFINITY))))).getMessage());
  }

  @Test
  void refusesLoneSurrogates() {
    assertEquals("cannot write a string with a lone surrogate U+D800 at index 1 at /name; session files are UTF-8",
        assertThrows(IllegalArgumentException.class,
            () -> json(w -> w.plainValue(Map.of("name", "a\uD800")))).getMessage());
  }
}
