package dev.appsim.session.room.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ZipMethodTest {
  @Test
  void roomsAllowMethodsZeroAndEightOnly() {
    assertEquals(Optional.of(ZipMethod.STORED), ZipMethod.ofCode(0));
    assertEquals(Optional.of(ZipMethod.DEFLATED), ZipMethod.ofCode(8));
    for (int other : new int[] {-1, 1, 9, 12, 14, 93, 99, 0xFFFF}) {
      assertEquals(Optional.empty(), ZipMethod.ofCode(other), "method " + other);
    }
  }

  // APPNOTE 4.4.3.2: 1.0 for stored data, 2.0 for deflate; ZIP64 (4.5) is the writer's to add.
  @Test
  void eachMethodKnowsItsVersionAndWhetherItCompresses() {
    assertEquals(10, ZipMethod.STORED.versionNeeded());
    assertEquals(20, ZipMethod.DEFLATED.versionNeeded());
    assertEquals(false, ZipMethod.STORED.compresses());
    assertEquals(true, ZipMethod.DEFLATED.compresses());
  }
}
