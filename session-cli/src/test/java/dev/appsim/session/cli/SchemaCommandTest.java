package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.codec.SessionSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemaCommandTest {
  @Test
  void printsTheShippedSchema() {
    Cli.Result r = Cli.run("schema");
    assertEquals(0, r.exit(), r::toString);
    JsonNode schema = Cli.json(r.out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
    assertEquals(Cli.json(SessionSchema.text()), schema);
    assertEquals("", r.err());
  }

  @Test
  void takesNoArguments() {
    Cli.Result r = Cli.run("schema", "extra");
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session schema: Unmatched argument at index 1: 'extra'; run 'session schema --help' for usage.\n", r.err());
  }
}
