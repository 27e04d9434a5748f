package dev.appsim.session.room.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissingNamesTest {
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "C:\\Users\\ana\\scans\\old.geocache     | missing/old.geocache",
      "/home/ana/scans/                        | missing/scans",
      "\\\\host\\share\\lamp.obj               | missing/lamp.obj",
      "file:///C:/My%20Scans/r%C3%A9sum%C3%A9.obj?v=2#x | missing/résumé.obj",
      "file:///C:/x/bad%ZZ.obj                 | missing/bad_ZZ.obj",
      "~                                       | missing/_",
      "~/.bashrc                               | missing/.bashrc",
      "$HOME                                   | missing/_HOME",
      "%ML_ZI_ROOT%\\data\\lamp:1.obj          | missing/lamp_1.obj",
      "a/..                                    | missing/file",
      "''                                      | missing/file",
      "scans/CON.obj                           | missing/_CON.obj",
  })
  void aSessionReferenceIsNamedAfterItsLastSegmentMadeSafe(String raw, String name) {
    String written = new MissingNames.InSession().name(raw);
    assertEquals(name, written);
    assertEquals(Optional.empty(), RoomReferences.form(written), written);
  }

  @Test
  void namesAreUniquePerPathAndStablePerPath() {
    MissingNames.InSession names = new MissingNames.InSession();
    assertEquals(List.of("missing/old.obj", "missing/OLD-2.obj", "missing/old.obj", "missing/old-3.obj"),
        List.of(names.name("C:\\a\\old.obj"), names.name("D:\\b\\OLD.obj"), names.name("C:\\a\\old.obj"),
            names.name("/c/old.obj")));
  }

  @Test
  void bareNamesAvoidEveryEntryEvenIgnoringCaseAndAreSharedByName() {
    MissingNames.InAssets names = new MissingNames.InAssets(List.of("assets/wood.png", "assets/lamp.mtl"));
    assertEquals("Wood-2.png", names.name("D:\\old\\Wood.png"));
    assertEquals("Wood-2.png", names.name("/other/Wood.png"));
    assertEquals("brass.png", names.name("/home/ana/tex/brass.png"));
    String tilde = names.name("C:\\tex\\~x.png");
    assertEquals("_x.png", tilde);
    assertTrue(RoomReferences.form(tilde).isEmpty());
  }
}
