package dev.appsim.session.codec.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The canonical JSON layout of FORMAT 1.2: two-space indentation, {@code \n} line ends, one
 * member per line, {@code "name": value}; arrays of scalars on one line as {@code [1.0, 2.0]},
 * arrays holding objects or arrays one element per line. The writer announces each array's
 * layout through {@link #nextArrayInline(boolean)}, because a printer cannot look ahead.
 *
 * <p>Stateful: one instance per generator.
 */
public final class CanonicalPrettyPrinter implements PrettyPrinter, ArrayLayout {
  private static final int CACHED_INDENTS = 32;
  private static final String[] NEWLINE_INDENT = new String[CACHED_INDENTS];

  static {
    for (int i = 0; i < CACHED_INDENTS; i++) {
      NEWLINE_INDENT[i] = "\n" + "  ".repeat(i);
    }
  }

  private final Deque<Boolean> arrays = new ArrayDeque<>();
  private int level;
  private boolean nextInline = true;

  @Override
  public void nextArrayInline(boolean inline) {
    nextInline = inline;
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    level++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newline(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
    newline(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    level--;
    if (entries > 0) {
      newline(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    boolean inline = nextInline;
    nextInline = true;
    arrays.push(inline);
    if (!inline) {
      level++;
    }
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    if (!arrays.isEmpty() && !arrays.peek()) {
      newline(g);
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    if (arrays.isEmpty() || arrays.peek()) {
      g.writeRaw(", ");
    } else {
      g.writeRaw(',');
      newline(g);
    }
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    boolean inline = arrays.isEmpty() || arrays.pop();
    if (!inline) {
      level--;
      if (values > 0) {
        newline(g);
      }
    }
    g.writeRaw(']');
  }

  private void newline(JsonGenerator g) {
    if (level < CACHED_INDENTS) {
      g.writeRaw(NEWLINE_INDENT[level]);
    } else {
      g.writeRaw("\n" + "  ".repeat(level));
    }
  }
}
