package dev.appsim.session.room.archive;

import java.util.Optional;

/**
 * The compression methods a room archive may use.
 *
 * <p>Code that depends on the method asks it ({@link #compresses()}, {@link #versionNeeded()},
 * {@link #ofCode}) or switches over it in a {@code switch} expression without a default, so a new
 * method is a compile error everywhere it needs handling (compressing, decompressing, comparing
 * with a base room's data) rather than a silent fall into another method's branch.
 */
public enum ZipMethod {
  /** Method 0: bytes are stored as they are. */
  STORED(0, 10, false),
  /** Method 8: raw deflate. */
  DEFLATED(8, 20, true);

  private final int code;
  private final int versionNeeded;
  private final boolean compresses;

  ZipMethod(int code, int versionNeeded, boolean compresses) {
    this.code = code;
    this.versionNeeded = versionNeeded;
    this.compresses = compresses;
  }

  /** {@return the method number written in ZIP headers} */
  public int code() {
    return code;
  }

  /**
   * {@return the "version needed to extract" of an entry with this method, without ZIP64 (which
   * needs 45 whatever the method)}
   */
  public int versionNeeded() {
    return versionNeeded;
  }

  /**
   * {@return whether the entry's data is compressed: then it is prepared ahead of the writer, and
   * a base room's compressed data may be copied instead of compressing again}
   */
  public boolean compresses() {
    return compresses;
  }

  /**
   * The method with a ZIP method number.
   *
   * @param code the number from a ZIP header
   * @return the method, or empty when rooms do not allow that number
   */
  public static Optional<ZipMethod> ofCode(int code) {
    for (ZipMethod m : values()) {
      if (m.code == code) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
