package dev.appsim.session.codec;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.SessionDocument;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Lets a host application's own {@code ObjectMapper} read and write {@link SessionDocument}
 * values, for example as a member of its own JSON messages. It delegates to the streaming codec,
 * so the host gets the same members, validation and unknown-member handling as {@link Sessions}:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new SessionJacksonModule()).build();
 * SessionDocument doc = mapper.readValue(json, SessionDocument.class);
 * }</pre>
 *
 * <p>Registered for {@code findAndAddModules()} in {@code
 * META-INF/services/tools.jackson.databind.JacksonModule}. The host mapper's own stream limits
 * apply to the syntax; this codec's {@link ReadLimits} apply to arrays, geometry and unknown
 * members. Layout (indentation) follows the host's settings, not the canonical form; bad input
 * fails with a {@link SessionFormatException} or {@link
 * dev.appsim.session.model.SessionValidationException}, possibly wrapped by the host mapper.
 *
 * <p>Immutable and thread-safe, as its codec is: one module may be registered with several mappers.
 */
public final class SessionJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module using {@link SessionCodec#defaults()}. */
  public SessionJacksonModule() {
    this(SessionCodec.defaults());
  }

  /**
   * A module using {@code codec}'s limits, migrations and Smile array encoding.
   *
   * @param codec the codec that reads and writes the documents; not {@code null}
   */
  public SessionJacksonModule(SessionCodec codec) {
    super("appsim-session");
    requireNonNull(codec, "codec is null");
    addSerializer(SessionDocument.class, new ValueSerializer<SessionDocument>() {
      @Override
      public void serialize(SessionDocument value, JsonGenerator gen, SerializationContext ctxt) {
        codec.writeTo(value, gen);
      }
    });
    addDeserializer(SessionDocument.class, new ValueDeserializer<SessionDocument>() {
      @Override
      public SessionDocument deserialize(JsonParser p, DeserializationContext ctxt) {
        return codec.readFrom(p);
      }
    });
  }
}
