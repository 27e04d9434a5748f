package dev.appsim.session.room.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * A small JSON document as plain Java values, read with {@link PrettyJson}'s streaming parser and
 * its limits for untrusted input (depth, tokens, lengths, duplicate names): objects become maps in
 * document order, arrays lists, strings strings, whole numbers that fit a {@code long} longs, and
 * every other value (a fraction, a bigger number, a boolean, {@code null}) {@link #OTHER}, so a
 * checker can say "must be a string" of it without caring what it is. Jackson's databind would
 * build the same tree, but starting it costs a command about 100 ms.
 */
final class JsonTree {
  /** Any value that is not an object, array, string or {@code long}. */
  static final Object OTHER = new Object() {
    @Override
    public String toString() {
      return "other";
    }
  };

  private JsonTree() {}

  /**
   * The document's object, or null if it holds no value or a value that is not an object.
   *
   * @throws JacksonException if it is not one well-formed JSON value within the limits
   */
  static @Nullable Map<String, Object> object(byte[] json) {
    try (JsonParser p = PrettyJson.parser(json)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return null;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> root = (Map<String, Object>) value(p);
      JsonToken after = p.nextToken();
      if (after != null) {
        throw new StreamReadException(p, "Trailing token (" + after + ") found after the object");
      }
      return root;
    }
  }

  // Recursion is bounded by the parser's nesting limit (32).
  private static Object value(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      throw new StreamReadException(p, "Unexpected end of input");
    }
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          p.nextToken();
          members.put(name, value(p));
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
          throw new StreamReadException(p, "Unexpected end of input in an object");
        }
        return members;
      }
      case START_ARRAY -> {
        List<Object> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(p));
        }
        return items;
      }
      case VALUE_STRING -> {
        return p.getString();
      }
      case VALUE_NUMBER_INT -> {
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? OTHER : p.getLongValue();
      }
      default -> {
        return OTHER;
      }
    }
  }
}
