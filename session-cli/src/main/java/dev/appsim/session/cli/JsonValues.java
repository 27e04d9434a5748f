package dev.appsim.session.cli;

import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.IntArray;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plain Java values of a session's JSON form (as {@code DocumentDiff} reports them) as JSON nodes.
 * Mesh arrays, which may hold millions of numbers, become a bounded summary instead: {@code
 * {"array": "float32", "length": 3000, "first": [0.0, 1.5, ...]}} with at most
 * {@value #FIRST_ELEMENTS} elements.
 */
final class JsonValues {
  /** Elements of a mesh array shown in its summary. */
  static final int FIRST_ELEMENTS = 6;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonValues() {}

  static JsonNode of(@Nullable Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof String s) {
      return NODES.stringNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Long || value instanceof Integer) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Float f) {
      return NODES.numberNode(f);
    }
    if (value instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (value instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(v -> array.add(of(v)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((k, v) -> object.set(String.valueOf(k), of(v)));
      return object;
    }
    if (value instanceof FloatArray a) {
      ObjectNode summary = NODES.objectNode().put("array", "float32").put("length", a.size());
      ArrayNode first = summary.putArray("first");
      for (int i = 0; i < Math.min(FIRST_ELEMENTS, a.size()); i++) {
        first.add(a.get(i));
      }
      return summary;
    }
    if (value instanceof IntArray a) {
      ObjectNode summary = NODES.objectNode().put("array", "uint32").put("length", a.size());
      ArrayNode first = summary.putArray("first");
      for (int i = 0; i < Math.min(FIRST_ELEMENTS, a.size()); i++) {
        first.add(Integer.toUnsignedLong(a.get(i)));
      }
      return summary;
    }
    // Any other value (an Instant, say) as its text; the model's trees hold none today.
    return NODES.stringNode(value.toString());
  }
}
