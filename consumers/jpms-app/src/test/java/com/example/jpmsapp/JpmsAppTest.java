package com.example.jpmsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.error.RoomException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application works on the module path, and sees only the exported packages of the library. */
class JpmsAppTest {
  @Test
  void readsEditsSavesPackagesAndOpensARoom(@TempDir Path dir) throws Exception {
    JpmsApp.Result result = JpmsApp.run(dir);
    SessionDocument saved = result.saved();
    assertEquals(45, saved.scene().node("lamp").orElseThrow().transform().rotation().toEulerDegrees().y(), 1e-5);
    assertEquals(saved.scene().size(), result.packed().scene().size());
    assertEquals(java.util.List.of(), result.boundaryProblems());
  }

  @Test
  void theLibraryIsNamedModulesWithoutInternalExports() {
    Module room = Room.class.getModule();
    assertTrue(room.isNamed(), "session-room is not on the module path");
    assertEquals("dev.appsim.session.room", room.getName());
    assertFalse(room.isExported("dev.appsim.session.room.internal"));
    assertFalse(room.isExported("dev.appsim.session.room.archive.internal"));
    assertTrue(room.isExported("dev.appsim.session.room.archive"));
    // The exceptions rooms throw have a package of their own, and callers catch them.
    assertEquals(room, RoomException.class.getModule());
    assertTrue(room.isExported("dev.appsim.session.room.error"));
    Module codec = dev.appsim.session.codec.Sessions.class.getModule();
    assertFalse(codec.isExported("dev.appsim.session.codec.internal"));
    assertTrue(codec.isExported("dev.appsim.session.codec.io"));
    assertTrue(SessionDocument.class.getModule().isExported("dev.appsim.session.model.diff"));
  }

  @Test
  void anInternalClassLoadsButCannotBeCalled() throws Exception {
    Class<?> internal = Class.forName(JpmsApp.INTERNAL_CLASS);
    IllegalAccessException e = assertThrows(IllegalAccessException.class,
        () -> internal.getMethod("mapper").invoke(null));
    assertTrue(e.getMessage().contains("does not export dev.appsim.session.room.internal"), e.getMessage());
  }
}
