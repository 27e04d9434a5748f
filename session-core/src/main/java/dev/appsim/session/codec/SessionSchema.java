package dev.appsim.session.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the JSON form of a session, shipped in this jar as the
 * resource {@value #RESOURCE}. Non-Java tools can validate files with it; it checks shapes, types,
 * enumerations and ranges, while rules spanning values (unique ids, existing parents, unit
 * quaternions, index ranges) are checked by this library when reading.
 *
 * <p>Thread-safe: static methods; each call reads the schema resource afresh.
 */
public final class SessionSchema {
  /** Class-path location of the schema. */
  public static final String RESOURCE = "/dev/appsim/session/codec/session.schema.json";

  private SessionSchema() {}

  /**
   * Opens the schema resource; the caller closes the stream.
   *
   * @return a new stream of the schema's UTF-8 bytes
   * @throws IllegalStateException if the resource is missing from the class path (a broken
   *     repackaging of this jar)
   */
  public static InputStream open() {
    InputStream in = SessionSchema.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("schema resource " + RESOURCE + " is missing from the class path");
    }
    return in;
  }

  /**
   * Reads the whole schema.
   *
   * @return the schema's JSON text, decoded from UTF-8
   * @throws IllegalStateException if the resource is missing from the class path
   * @throws java.io.UncheckedIOException if reading the resource fails
   */
  public static String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema resource " + RESOURCE, e);
    }
  }
}
