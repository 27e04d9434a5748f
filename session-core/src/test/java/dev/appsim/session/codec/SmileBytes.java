package dev.appsim.session.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes Smile token by token, as a hostile or foreign writer would, so that tests can place any
 * byte exactly where they want it (Jackson's generator only writes well-formed data).
 */
final class SmileBytes {
  /** The header of a document without shared names, shared values or raw binary. */
  static final byte[] HEADER = {':', ')', '\n', 0x00};

  private final OutputStream out;

  SmileBytes(OutputStream out) {
    this.out = out;
  }

  /** The start of a session object with every required member; close it with {@link #end()}. */
  static SmileBytes session(ByteArrayOutputStream out) {
    SmileBytes smile = new SmileBytes(out);
    smile.raw(HEADER).raw(0xFA)
        .name("format").text("appsim.session")
        .name("formatVersion").text("1.0")
        .name("metadata").raw(0xFA).name("name").text("n").raw(0xFB)
        .name("scene").raw(0xFA).name("nodes").raw(0xF8, 0xF9).raw(0xFB);
    return smile;
  }

  /** A short ASCII name: 0x80 + length - 1, then the bytes. */
  SmileBytes name(String name) {
    return raw(0x80 + name.length() - 1).raw(ascii(name));
  }

  /** A tiny ASCII string value: 0x40 + length - 1, then the bytes. */
  SmileBytes text(String value) {
    return raw(0x40 + value.length() - 1).raw(ascii(value));
  }

  /** An unsigned VInt: 7 bits per byte, big-endian, the last byte marked by its high bit and carrying 6. */
  SmileBytes vint(long value) {
    java.util.ArrayDeque<Integer> groups = new java.util.ArrayDeque<>();
    groups.push(0x80 | (int) (value & 0x3F));
    for (long rest = value >>> 6; rest != 0; rest >>>= 7) {
      groups.push((int) (rest & 0x7F));
    }
    groups.forEach(this::write);
    return this;
  }

  /** Closes the session object. */
  SmileBytes end() {
    return raw(0xFB);
  }

  SmileBytes raw(int... bytes) {
    for (int b : bytes) {
      write(b);
    }
    return this;
  }

  SmileBytes raw(byte[] bytes) {
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private void write(int b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
