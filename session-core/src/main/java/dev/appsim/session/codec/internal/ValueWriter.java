package dev.appsim.session.codec.internal;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.WireNamed;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** Writes scalars, small arrays and unknown members; refuses non-finite numbers. */
public class ValueWriter {
  protected final JsonGenerator out;
  protected final ArrayLayout layout;

  public ValueWriter(JsonGenerator out, ArrayLayout layout) {
    this.out = out;
    this.layout = layout;
  }

  /** Writes a member name; refuses lone surrogates, which neither UTF-8 nor a reader accept. */
  final void name(String name) {
    out.writeName(checked(name));
  }

  /** Writes a string value; refuses lone surrogates. */
  final void text(String value) {
    out.writeString(checked(value));
  }

  final void stringProperty(String name, String value) {
    name(name);
    text(value);
  }

  private String checked(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("cannot write a string with a lone surrogate U+"
            + String.format("%04X", (int) c) + " at index " + i + " at "
            + out.streamWriteContext().pathAsPointer() + "; session files are UTF-8");
      }
    }
    return text;
  }

  final void number(double value) {
    if (!Double.isFinite(value)) {
      // The model keeps numbers finite; this guards JSON against NaN and Infinity tokens.
      throw new IllegalArgumentException("cannot write the non-finite number " + value
          + " at " + out.streamWriteContext().pathAsPointer());
    }
    out.writeNumber(value);
  }

  final void number(String name, double value) {
    name(name);
    number(value);
  }

  final void optionalNumber(String name, @Nullable Double value) {
    if (value != null) {
      number(name, value);
    }
  }

  final void string(String name, String value) {
    stringProperty(name, value);
  }

  final void optionalString(String name, @Nullable String value) {
    if (value != null) {
      stringProperty(name, value);
    }
  }

  final void optionalBoolean(String name, @Nullable Boolean value) {
    if (value != null) {
      out.writeBooleanProperty(name, value);
    }
  }

  final void optionalEnum(String name, @Nullable WireNamed value) {
    if (value != null) {
      stringProperty(name, value.wireName());
    }
  }

  final void enumList(String name, List<? extends WireNamed> values) {
    if (!values.isEmpty()) {
      name(name);
      layout.nextArrayInline(true);
      out.writeStartArray(values, values.size());
      for (WireNamed v : values) {
        text(v.wireName());
      }
      out.writeEndArray();
    }
  }

  final void doubles(String name, double... values) {
    name(name);
    layout.nextArrayInline(true);
    out.writeStartArray(values, values.length);
    for (double v : values) {
      number(v);
    }
    out.writeEndArray();
  }

  /** Writes every unknown member, in order, after the known ones. */
  public final void extensions(Extensions extensions) {
    for (Map.Entry<String, @Nullable Object> e : extensions.asMap().entrySet()) {
      name(e.getKey());
      plainValue(e.getValue());
    }
  }

  /** Writes a plain Java value (String, Boolean, Long, BigInteger, Double, BigDecimal, List, Map, null). */
  public final void plainValue(@Nullable Object value) {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String s) {
      text(s);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof Long l) {
      out.writeNumber(l);
    } else if (value instanceof Integer i) {
      out.writeNumber(i.longValue());
    } else if (value instanceof BigInteger bi) {
      out.writeNumber(bi);
    } else if (value instanceof BigDecimal bd) {
      out.writeNumber(bd);
    } else if (value instanceof Double || value instanceof Float) {
      number(((Number) value).doubleValue());
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject(map, map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        name(String.valueOf(e.getKey()));
        plainValue(e.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof List<?> list) {
      layout.nextArrayInline(list.stream().noneMatch(v -> v instanceof Map || v instanceof List));
      out.writeStartArray(list, list.size());
      for (Object element : list) {
        plainValue(element);
      }
      out.writeEndArray();
    } else {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
          + " in an unknown member; only plain JSON values are allowed");
    }
  }
}
