package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.model.SessionDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SchemaProperties {
  @Provide
  Arbitrary<SessionDocument> documents() {
    return Documents.documents(10);
  }

  @Property(tries = 150)
  void everyWrittenDocumentPassesTheSchema(@ForAll("documents") SessionDocument doc) {
    String json = new String(SessionCodec.defaults().toBytes(doc, SessionFormat.JSON), StandardCharsets.UTF_8);
    assertEquals(List.of(), SchemaValidation.errors(json));
  }
}
