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
 *
 * @param name the session's name as shown in the simulator; may be empty
 * @param createdAt when the session was created, or {@code null} if unknown
 * @param modifiedAt when the session was last modified, or {@code null} if unknown
 * @param generator the tool that wrote the file, or {@code null} if unknown
 * @param properties free-form string properties in file order; copied, unmodifiable
 * @param extensions members the format does not define, kept for round trips
 */
public record Metadata(
    String name,
    @Nullable Instant createdAt,
    @Nullable Instant modifiedAt,
    @Nullable Generator generator,
    Map<String, String> properties,
    Extensions extensions) {

  /**
   * Checks the components and copies the properties, keeping their order.
   *
   * @param name the session's name; may be empty
   * @param createdAt when the session was created, or {@code null}
   * @param modifiedAt when the session was last modified, or {@code null}
   * @param generator the tool that wrote the file, or {@code null}
   * @param properties free-form string properties; no null key or value
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code name}, {@code properties}, a property name or value, or
   *     {@code extensions} is null
   * @throws SessionValidationException if an instant lies outside the years 0000 to 9999, or an
   *     extension is named like a metadata member
   */
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

  /**
   * Just a name.
   *
   * @param name the session's name
   * @return metadata without instants, generator, properties or extensions
   * @throws NullPointerException if {@code name} is null
   */
  public static Metadata named(String name) {
    return new Metadata(name, null, null, null, Map.of(), Extensions.EMPTY);
  }

  /**
   * {@return a copy named {@code newName}}
   *
   * @param newName the session's name; not null
   * @throws NullPointerException if {@code newName} is null
   */
  public Metadata withName(String newName) {
    return new Metadata(newName, createdAt, modifiedAt, generator, properties, extensions);
  }

  /**
   * {@return a copy last modified at {@code newModifiedAt}}
   *
   * @param newModifiedAt the instant, in the years 0000 to 9999, or {@code null} for unknown
   * @throws SessionValidationException if the instant lies outside the years 0000 to 9999
   */
  public Metadata withModifiedAt(@Nullable Instant newModifiedAt) {
    return new Metadata(name, createdAt, newModifiedAt, generator, properties, extensions);
  }

  /**
   * {@return a copy written by {@code newGenerator}}
   *
   * @param newGenerator the tool, or {@code null} for unknown
   */
  public Metadata withGenerator(@Nullable Generator newGenerator) {
    return new Metadata(name, createdAt, modifiedAt, newGenerator, properties, extensions);
  }

  /**
   * {@return a copy with property {@code key} set to {@code value}: in place if present, else last}
   *
   * @param key the property name; not null
   * @param value the property value; not null
   * @throws NullPointerException if {@code key} or {@code value} is null
   */
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
