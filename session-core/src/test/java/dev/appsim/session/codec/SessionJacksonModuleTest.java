package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.smile.SmileMapper;

class SessionJacksonModuleTest {
  private static SessionDocument example() throws IOException {
    return SessionCodec.defaults().read(ExampleSessionTest.resource("example.session"));
  }

  @Test
  void aHostMapperWritesAndReadsDocumentsInsideItsOwnValues() throws IOException {
    ObjectMapper mapper = JsonMapper.builder().addModule(new SessionJacksonModule()).build();
    SessionDocument doc = example();
    String json = mapper.writeValueAsString(Map.of("session", doc, "tags", List.of("a")));
    Map<String, SessionDocument> back = mapper.readValue(
        mapper.writeValueAsString(Map.of("session", doc)), new TypeReference<Map<String, SessionDocument>>() {});
    assertEquals(doc, back.get("session"));
    assertTrue(json.contains("\"format\":\"appsim.session\""), json);
  }

  @Test
  void isFoundByTheServiceLoader() throws IOException {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    SessionDocument doc = example();
    assertEquals(doc, mapper.readValue(mapper.writeValueAsBytes(doc), SessionDocument.class));
  }

  @Test
  void worksWithASmileHostMapper() throws IOException {
    ObjectMapper mapper = SmileMapper.builder().addModule(new SessionJacksonModule()).build();
    SessionDocument doc = example();
    assertEquals(doc, mapper.readValue(mapper.writeValueAsBytes(doc), SessionDocument.class));
  }

  @Test
  void reportsBadDocumentsWithOurException() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new SessionJacksonModule()).build();
    RuntimeException e = assertThrows(RuntimeException.class,
        () -> mapper.readValue("{\"format\": \"appsim.session\", \"formatVersion\": \"3.0\"}", SessionDocument.class));
    Throwable ours = e instanceof SessionException ? e : e.getCause();
    assertEquals(UnsupportedVersionException.class, ours.getClass());
  }
}
