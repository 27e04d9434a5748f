package dev.appsim.session.codec;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.FormatVersion;

/**
 * The document's {@code formatVersion} has a major this library cannot read: a newer one, or an
 * older one for which no {@link SessionMigration} is installed. The message names both versions.
 */
public final class UnsupportedVersionException extends SessionFormatException {
  private static final long serialVersionUID = 1L;

  /** The version in the document. */
  private final FormatVersion found;
  /** The version this library reads and writes. */
  private final FormatVersion supported;

  /**
   * A document of version {@code found} that this library cannot read; the pointer is {@code
   * /formatVersion}.
   *
   * @param found the version in the document
   * @param supported the version this library reads and writes
   * @param reason the sentence naming both versions and what to do
   */
  public UnsupportedVersionException(FormatVersion found, FormatVersion supported, String reason) {
    super("/formatVersion", reason);
    this.found = requireNonNull(found, "found is null");
    this.supported = requireNonNull(supported, "supported is null");
  }

  /** {@return the version in the document's {@code formatVersion}} */
  public FormatVersion found() {
    return found;
  }

  /** {@return the version this library reads and writes} */
  public FormatVersion supported() {
    return supported;
  }
}
