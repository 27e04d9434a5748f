package dev.appsim.session.room.archive.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks the extra-field area of one header against the few fields a room may carry, each at
 * most once and no longer than it needs to be. This bounds both the count (five) and the bytes
 * (about 4 KiB) per header, whatever the 16-bit length fields claim, and it refuses the fields
 * that make other tools see another name: Info-ZIP's Unicode Path (0x7075), which unzip and
 * 7-Zip prefer to the raw name, and its Unicode Comment (0x6375).
 */
final class ExtraFields {
  static final int ZIP64 = ZipRecords.ZIP64_EXTRA_ID;
  private static final int UNICODE_PATH = 0x7075;
  private static final int UNICODE_COMMENT = 0x6375;
  /** Longest data each allowed field may carry. */
  private static final Map<Integer, Integer> ALLOWED = Map.of(
      ZIP64, 28,                              // size, compressed size, offset, disk
      0x000A, 32,                             // NTFS: reserved, one tag of three times
      0x5455, 13,                             // extended timestamp: flags and three times
      0x7875, 32,                             // Info-ZIP Unix owner: version, uid, gid
      ZipRecords.ALIGNMENT_EXTRA_ID, 2 + 4096); // alignment, then padding of up to a page
  private static final String ALLOWED_TEXT = "0x0001 ZIP64, 0x000A NTFS times, 0x5455 timestamps,"
      + " 0x7875 Unix owner, 0xA11E alignment";

  /** Which header an area belongs to, for messages. */
  enum Header {
    CENTRAL("central directory record"),
    LOCAL("local header");

    private final String text;

    Header(String text) {
      this.text = text;
    }
  }

  private ExtraFields() {}

  /**
   * Checks {@code area} (positioned at its first byte, limit at its end) and returns the ZIP64
   * field's data, little-endian, or null when there is none.
   */
  static @Nullable ByteBuffer check(ByteBuffer area, Header header) throws ZipProblem {
    ByteBuffer b = area.slice().order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer zip64 = null;
    Set<Integer> seen = new HashSet<>(8);
    while (b.remaining() > 0) {
      if (b.remaining() < 4) {
        throw new ZipProblem("has an extra-field area in its " + header.text + " that ends inside a field header ("
            + b.remaining() + " bytes left over)");
      }
      int id = Short.toUnsignedInt(b.getShort());
      int length = Short.toUnsignedInt(b.getShort());
      if (length > b.remaining()) {
        throw new ZipProblem("has an extra field " + hex(id) + " in its " + header.text + " that claims " + length
            + " bytes, but only " + b.remaining() + " follow");
      }
      ByteBuffer data = b.slice().limit(length).order(ByteOrder.LITTLE_ENDIAN);
      b.position(b.position() + length);
      refuseRenaming(id, data, header);
      Integer max = ALLOWED.get(id);
      if (max == null) {
        throw new ZipProblem("carries extra field " + hex(id) + " in its " + header.text
            + ", which a room does not use (allowed: " + ALLOWED_TEXT + ")");
      }
      if (!seen.add(id)) {
        throw new ZipProblem("carries extra field " + hex(id) + " twice in its " + header.text);
      }
      if (length > max) {
        throw new ZipProblem("carries a " + length + "-byte extra field " + hex(id) + " in its " + header.text
            + ", more than the " + max + " bytes that field needs");
      }
      if (id == ZIP64) {
        zip64 = data;
      }
    }
    return zip64;
  }

  private static void refuseRenaming(int id, ByteBuffer data, Header header) throws ZipProblem {
    if (id == UNICODE_PATH) {
      // Layout: version (1), CRC-32 of the raw name (4), then the name other tools would use.
      String other = data.remaining() > 5
          ? new String(data.array(), data.arrayOffset() + data.position() + 5, data.remaining() - 5, StandardCharsets.UTF_8)
          : "";
      throw new ZipProblem("carries an Info-ZIP Unicode Path extra field (0x7075) in its " + header.text
          + ": unzip and 7-Zip would name it " + EntryNames.quote(other) + " instead");
    }
    if (id == UNICODE_COMMENT) {
      throw new ZipProblem("carries an Info-ZIP Unicode Comment extra field (0x6375) in its " + header.text
          + "; a room's entries have no comments");
    }
  }

  static String hex(int id) {
    return String.format(Locale.ROOT, "0x%04X", id);
  }
}
