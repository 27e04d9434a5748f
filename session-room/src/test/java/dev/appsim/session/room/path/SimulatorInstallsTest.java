package dev.appsim.session.room.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimulatorInstallsTest {
  @TempDir Path home;

  private Path installed(String folder) throws IOException {
    return Files.createDirectories(home.resolve("MagicLeap").resolve("tools").resolve("zi").resolve(folder));
  }

  @Test
  void listsInstalledVersionsNumberByNumberIgnoringOtherFolders() throws IOException {
    installed("1.9.2VirtualDevice");
    installed("1.10.0VirtualDevice");
    installed("0.26.1VirtualDevice");
    installed("notes");
    installed("VirtualDevice");
    installed("1.6.0VirtualDevice-backup");
    Files.writeString(home.resolve("MagicLeap/tools/zi/2.0.0VirtualDevice"), "a file, not an install");
    SimulatorInstalls installs = SimulatorInstalls.under(home);
    assertEquals(List.of("0.26.1", "1.9.2", "1.10.0"), installs.versions());
    assertEquals(Optional.of("1.10.0"), installs.newest());
  }

  @Test
  void noInstallsFolderMeansNothingInstalled() throws IOException {
    SimulatorInstalls installs = SimulatorInstalls.under(home);
    assertEquals(List.of(), installs.versions());
    assertEquals(Optional.empty(), installs.newest());
    assertFalse(installs.isInstalled("1.6.0"));
  }

  @Test
  void exampleRoomsIsWhereTheSimulatorSavesSessions() {
    assertEquals(home.resolve("MagicLeap/tools/zi/1.6.0VirtualDevice/data/VirtualRooms/ExampleRooms"),
        SimulatorInstalls.under(home).exampleRooms("1.6.0"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.6.0 ", "v1.6", "1..6", "1.6.0.0.1", "../1.6", "1.6.0VirtualDevice"})
  void aVersionIsNumbersSeparatedByDots(String version) {
    assertFalse(SimulatorInstalls.isVersion(version));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SimulatorInstalls.under(home).install(version));
    assertEquals("version \"" + version + "\" must be numbers separated by dots, like 1.6.0", e.getMessage());
  }

  @Test
  void theUsersHomeComesFromHomeThenUserProfile() {
    assertEquals(Path.of("/home/bo"), SimulatorInstalls.ofUser(Map.of("HOME", "/home/bo", "USERPROFILE", "C:\\x")).home());
    assertEquals(Path.of("/users/ana"), SimulatorInstalls.ofUser(Map.of("USERPROFILE", "/users/ana")).home());
    assertEquals(Path.of(System.getProperty("user.home")), SimulatorInstalls.ofUser(Map.of("HOME", " ")).home());
  }

  @Test
  void parsesPathsIntoAnyUsersInstallOnAnySystem() throws PathSyntaxException {
    SimulatorInstalls.InstallPath windows = SimulatorInstalls.parse(RawPathParser.parse(
        "C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice\\data\\models\\sofa.gltf")).orElseThrow();
    assertEquals("1.6.0", windows.version());
    assertEquals(List.of("data", "models", "sofa.gltf"), windows.below());
    assertEquals("C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice", windows.prefix().toString());

    SimulatorInstalls.InstallPath mac = SimulatorInstalls.parse(RawPathParser.parse(
        "/Users/ana/magicleap/Tools/ZI/0.26.1virtualdevice/data/VirtualRooms/ExampleRooms/a.session")).orElseThrow();
    assertEquals("0.26.1", mac.version());
    assertEquals(List.of("data", "VirtualRooms", "ExampleRooms", "a.session"), mac.below());

    assertTrue(SimulatorInstalls.parse(RawPathParser.parse(
        "\\\\fileserver\\home\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice\\data\\x.obj")).isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "MagicLeap/tools/zi/1.6.0VirtualDevice/data/x.obj",            // relative: the session's own folder decides
    "~/MagicLeap/tools/zi/1.6.0VirtualDevice/data/x.obj",          // ~ is this user's home already
    "C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice",       // the install folder itself, no file below
    "C:\\Users\\ana\\MagicLeap\\tools\\zi\\latestVirtualDevice\\x.obj",
    "C:\\Users\\ana\\MagicLeap\\zi\\1.6.0VirtualDevice\\x.obj",
    "/opt/tools/zi/1.6.0VirtualDevice/x.obj"})
  void otherPathsLeadIntoNoInstall(String raw) throws PathSyntaxException {
    assertEquals(Optional.empty(), SimulatorInstalls.parse(RawPathParser.parse(raw)));
  }
}
