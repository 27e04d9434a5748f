package dev.appsim.session.testkit.jqwik.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.codec.SessionSchema;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.testkit.GoldenFile;
import dev.appsim.session.testkit.GoldenFiles;
import dev.appsim.session.testkit.jqwik.SessionArbitraries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the codec writes for any generated document, and every JSON golden file, passes the shipped JSON Schema. */
class SchemaProperties {
  private static final Schema SCHEMA = load();

  @Property(tries = 100)
  void writtenDocumentsMatchTheSchema(@ForAll("documents") SessionDocument doc) {
    String json = new String(SessionCodec.defaults().toBytes(doc, SessionFormat.JSON), StandardCharsets.UTF_8);
    assertEquals(List.of(), errors(json), json);
  }

  @Example
  void jsonGoldenFilesMatchTheSchema() {
    for (GoldenFile golden : GoldenFiles.sessions()) {
      if (golden.format() == SessionFormat.JSON) {
        assertEquals(List.of(), errors(new String(golden.bytes(), StandardCharsets.UTF_8)), golden.toString());
      }
    }
  }

  @Provide
  Arbitrary<SessionDocument> documents() {
    return SessionArbitraries.documents().withNodes(0, 12).withExtensionDepth(2).nasty();
  }

  private static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    try (InputStream in = SessionSchema.open()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
