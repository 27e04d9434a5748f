package dev.appsim.session.view.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  @Test
  void writesMembersInOrderCompactAndPretty() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", 1);
    m.put("a", List.of(1.5, 2.0, -0.0));
    m.put("c", List.of(Map.of("x", true)));
    assertEquals("{\"b\":1,\"a\":[1.5,2,0],\"c\":[{\"x\":true}]}", JsonText.compact(m));
    assertEquals("{\n  \"b\": 1,\n  \"a\": [1.5, 2, 0],\n  \"c\": [\n    {\n      \"x\": true\n    }\n  ]\n}\n",
        JsonText.pretty(m));
  }

  @Test
  void stringsAreEscapedAndMadeValidUnicode() {
    assertEquals("\"q\\\" b\\\\ \\u0001 \uFFFD \uD83D\uDECB\"", JsonText.compact("q\" b\\ \u0001 \uDC00 \uD83D\uDECB"));
  }

  @Test
  void floatValuesKeepEveryDigitOfTheirDouble() {
    assertEquals("0.10000000149011612", JsonText.compact((double) 0.1f));
    assertEquals("3.4028234663852886E38", JsonText.compact((double) Float.MAX_VALUE));
  }

  @Test
  void nonFiniteNumbersAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonText.compact(Double.NaN));
    assertEquals("JSON cannot hold the number NaN", e.getMessage());
  }
}
