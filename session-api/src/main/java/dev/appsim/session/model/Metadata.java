package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Descriptive data about a session: its name as shown in the simulator, when it was created and
 * last modified, which tool wrote it, and free-form string properties (kept in order). The
 * instants lie in the years 0000 to 9999, which RFC 3339 text can hold.
 */
public record Metadata(
    String name,
    @Nullable Instant createdAt,
    @Nullable Instant modifiedAt,
    @Nullable Generator generator,
    Map<String, String> properties,
    Extensions extensions) {

  public Metadata {
    requireNonNull(name, "name is null");
    requireNonNull(properties, "properties is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "name", "createdAt", "modifiedAt", "generator", "properties");
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    properties.forEach((k, v) -> copy.put(requireNonNull(k, "property name is null"),
        requireNonNull(v, () -> "property \"" + k + "\" is null")));
    properties = Collections.unmodifiableMap(copy);
    Checks checks = new Checks();
    checks.rfc3339("/createdAt", createdAt);
    checks.rfc3339("/modifiedAt", modifiedAt);
    checks.throwIfAny();
  }

  /** Just a name. */
  public static Metadata named(String name) {
    return new Metadata(name, null, null, null, Map.of(), Extensions.EMPTY);
  }

  public Metadata withName(String newName) {
    return new Metadata(newName, createdAt, modifiedAt, generator, properties, extensions);
  }

  public Metadata withModifiedAt(@Nullable Instant newModifiedAt) {
    return new Metadata(name, createdAt, newModifiedAt, generator, properties, extensions);
  }

  public Metadata withGenerator(@Nullable Generator newGenerator) {
    return new Metadata(name, createdAt, modifiedAt, newGenerator, properties, extensions);
  }

  public Metadata withProperty(String key, String value) {
    LinkedHashMap<String, String> copy = new LinkedHashMap<>(properties);
    copy.put(key, value);
    return new Metadata(name, createdAt, modifiedAt, generator, copy, extensions);
  }

  /** Equal parts, with {@code properties} in the same order: the order is written to the file. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Metadata other
        && Objects.equals(name, other.name)
        && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(modifiedAt, other.modifiedAt)
        && Objects.equals(generator, other.generator)
        && Objects.equals(extensions, other.extensions)
        && List.copyOf(properties.entrySet()).equals(List.copyOf(other.properties.entrySet()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, createdAt, modifiedAt, generator, extensions, properties);
  }
}
