package dev.appsim.session.room.archive;

/** The two compression methods a room archive may use. */
public enum ZipMethod {
  /** Method 0: bytes are stored as they are. */
  STORED(0),
  /** Method 8: raw deflate. */
  DEFLATED(8);

  private final int code;

  ZipMethod(int code) {
    this.code = code;
  }

  /** {@return the method number written in ZIP headers} */
  public int code() {
    return code;
  }
}
