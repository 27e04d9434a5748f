package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How {@link Room#unpack} copies an entry it does not scan: in 256 KiB reads, not 8 KiB ones. */
class UnpackCopyTest {
  @Test
  void anEntryIsCopiedIn256KibReads() throws IOException {
    byte[] data = new byte[2 * Room.UNPACK_BUFFER + 100];
    new Random(7).nextBytes(data);
    List<Integer> asked = new ArrayList<>();
    FilterInputStream in = new FilterInputStream(new ByteArrayInputStream(data)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        asked.add(len);
        return super.read(b, off, len);
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Room.copy(in, out);
    assertArrayEquals(data, out.toByteArray());
    // transferTo would ask for 8 KiB 65 times.
    assertEquals(Room.UNPACK_BUFFER, asked.get(0));
    assertTrue(asked.size() <= 5, asked.toString());
  }
}
