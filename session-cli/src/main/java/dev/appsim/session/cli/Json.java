package dev.appsim.session.cli;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds and prints the {@code --json} reports: two-space indentation, {@code "name": value},
 * {@code \n} line ends on every host, so scripts and golden tests see the same bytes everywhere;
 * or one object per line (JSON Lines) for the commands that take several files.
 */
final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectWriter WRITER = MAPPER.writer().with(new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The report on one line ending in a line feed: one result of a command that takes several files. */
  static String line(ObjectNode node) {
    return MAPPER.writeValueAsString(node) + "\n";
  }

  /** The report as pretty JSON ending in a line feed. */
  static String text(ObjectNode node) {
    return WRITER.writeValueAsString(node) + "\n";
  }
}
