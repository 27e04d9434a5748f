package dev.appsim.session.testkit;

import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.FormatVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The golden session files and rooms of every released format version, for conformance tests of
 * any reader. Each file is listed with its SHA-256 in {@code golden/index.txt}; files are only
 * ever added, never edited.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> myReaderReadsEveryGoldenSession() {
 *   return GoldenFiles.sessions().stream().map(golden -> DynamicTest.dynamicTest(golden.toString(),
 *       () -> SessionAssertions.assertSameDocument(golden.read(), myReader.read(golden.bytes()))));
 * }
 * }</pre>
 */
public final class GoldenFiles {
  static final String ROOT = "dev/appsim/session/testkit/golden/";
  private static final String INDEX = ROOT + "index.txt";

  private GoldenFiles() {}

  /** {@return every golden session file, in index order (oldest version first)} */
  public static List<GoldenFile> sessions() {
    List<GoldenFile> files = new ArrayList<>();
    for (String[] line : lines()) {
      if (!line[2].equals("room")) {
        files.add(new GoldenFile(FormatVersion.parse(line[0]), line[1],
            SessionFormat.valueOf(line[2].toUpperCase(Locale.ROOT)), line[3]));
      }
    }
    return List.copyOf(files);
  }

  /** {@return every golden room, in index order} */
  public static List<GoldenRoom> rooms() {
    List<GoldenRoom> rooms = new ArrayList<>();
    for (String[] line : lines()) {
      if (line[2].equals("room")) {
        rooms.add(new GoldenRoom(FormatVersion.parse(line[0]), line[1], line[3]));
      }
    }
    return List.copyOf(rooms);
  }

  /**
   * The golden session {@code name} of {@code version}, e.g. {@code session("1.0", "small.session")}.
   *
   * @param version the format version, e.g. {@code "1.0"}
   * @param name the file name
   * @return the golden file
   * @throws IllegalArgumentException if the index lists no such file
   */
  public static GoldenFile session(String version, String name) {
    return sessions().stream().filter(g -> g.version().toString().equals(version) && g.name().equals(name))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(
            "no golden session " + version + "/" + name + " in " + INDEX));
  }

  /**
   * The golden room {@code name} of {@code version}, e.g. {@code room("1.0", "living-room.room")}.
   *
   * @param version the room format version, e.g. {@code "1.0"}
   * @param name the file name
   * @return the golden room
   * @throws IllegalArgumentException if the index lists no such room
   */
  public static GoldenRoom room(String version, String name) {
    return rooms().stream().filter(g -> g.version().toString().equals(version) && g.name().equals(name))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(
            "no golden room " + version + "/" + name + " in " + INDEX));
  }

  // Each line: VERSION, NAME, FORMAT (json, smile or room), SHA-256.
  private static List<String[]> lines() {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = GoldenFiles.class.getResourceAsStream("/" + INDEX)) {
      if (in == null) {
        throw new IllegalStateException(INDEX + " is not on the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.trim().split("\\s+");
        int slash = parts[0].indexOf('/');
        if (parts.length != 3 || slash < 0 || !parts[1].matches("json|smile|room")) {
          throw new IllegalStateException(INDEX + " line " + number + ": \"" + line
              + "\" is not VERSION/NAME json|smile|room SHA-256");
        }
        out.add(new String[] {parts[0].substring(0, slash), parts[0].substring(slash + 1), parts[1], parts[2]});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    return out;
  }
}
