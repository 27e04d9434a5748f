package dev.appsim.session.codec;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;

/** The shipped schema loaded once into networknt's validator. */
final class SchemaValidation {
  private static final Schema SCHEMA = load();

  private SchemaValidation() {}

  private static Schema load() {
    try (InputStream in = SessionSchema.open()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The validator's messages for {@code json}; empty when valid. */
  static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
