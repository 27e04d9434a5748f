package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SchemaTest {
  private static String example() throws IOException {
    return new String(ExampleSessionTest.resource("example.canonical.session"), StandardCharsets.UTF_8);
  }

  @Test
  void acceptsTheExampleInBothItsForms() throws IOException {
    assertEquals(List.of(), SchemaValidation.errors(example()));
    assertEquals(List.of(), SchemaValidation.errors(
        new String(ExampleSessionTest.resource("example.session"), StandardCharsets.UTF_8)));
  }

  @Test
  void isShippedAsADraft202012Resource() {
    assertEquals(true, SessionSchema.text().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "wrong format name      | \"format\": \"appsim.session\"       | \"format\": \"appsim.room\"",
      "newer major            | \"formatVersion\": \"1.0\"          | \"formatVersion\": \"2.0\"",
      "bad instant            | \"2026-11-20T09:15:00Z\"             | \"2026-11-20 09:15\"",
      "unknown node kind      | \"kind\": \"anchor\"                 | \"kind\": \"camera\"",
      "model without asset    | \"asset\": \"C:                      | \"assetPath\": \"C:",
      "asset on a group       | \"kind\": \"group\",                 | \"kind\": \"group\", \"asset\": \"x\",",
      "short position         | \"position\": [1.2, 1.6, -1.5]       | \"position\": [1.2, 1.6]",
      "negative intensity     | \"intensity\": 600.0                 | \"intensity\": -1",
      "cone over 90           | \"outerConeDeg\": 35.0               | \"outerConeDeg\": 135.0",
      "unknown gesture        | \"gesture\": \"pinch\"               | \"gesture\": \"wave\"",
      "duplicate gizmo        | [\"cacheGrid\", \"compass\", \"hands\"] | [\"cacheGrid\", \"cacheGrid\"]",
      "confidence over 1      | \"confidence\": 0.95                 | \"confidence\": 1.5",
      "string as vertex       | \"vertices\": [0.0,                  | \"vertices\": [\"0\",",
      "negative index         | \"indices\": [0, 1, 2]               | \"indices\": [0, -1, 2]",
      "zero extent            | \"extent\": [6.0, 5.0]               | \"extent\": [0, 5.0]",
      "external and inline    | \"capturedAt\"                       | \"source\": \"cache.smile\", \"capturedAt\"",
      "scene without nodes    | \"nodes\": [                         | \"others\": [",
  })
  void rejectsBrokenDocuments(String label, String from, String to) throws IOException {
    String broken = example().replaceFirst(java.util.regex.Pattern.quote(from.strip()),
        java.util.regex.Matcher.quoteReplacement(to.strip()));
    assertFalse(broken.equals(example()), label + ": the replacement must change the example");
    assertFalse(SchemaValidation.errors(broken).isEmpty(), label + " must fail the schema");
  }
}
