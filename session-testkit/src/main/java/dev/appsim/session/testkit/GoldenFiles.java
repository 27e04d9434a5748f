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
 * The golden session files of every released format version, for conformance tests of any
 * reader. Each file is listed with its SHA-256 in {@code golden/index.txt}; files are only ever
 * added, never edited.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> myReaderReadsEveryGoldenFile() {
 *   return GoldenFiles.all().stream().map(golden -> DynamicTest.dynamicTest(golden.toString(),
 *       () -> SessionAssertions.assertSameDocument(golden.read(), myReader.read(golden.bytes()))));
 * }
 * }</pre>
 */
public final class GoldenFiles {
  static final String ROOT = "dev/appsim/session/testkit/golden/";
  private static final String INDEX = ROOT + "index.txt";

  private GoldenFiles() {}

  /** Every golden file, in index order (oldest version first). */
  public static List<GoldenFile> all() {
    List<GoldenFile> files = new ArrayList<>();
    try (InputStream in = GoldenFiles.class.getClassLoader().getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException(INDEX + " is not on the class path");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          files.add(parse(line.trim(), number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    return List.copyOf(files);
  }

  /** The golden file {@code name} of {@code version}, e.g. {@code get("1.0", "small.session")}. */
  public static GoldenFile get(String version, String name) {
    return all().stream().filter(g -> g.version().toString().equals(version) && g.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no golden file " + version + "/" + name + " in " + INDEX));
  }

  private static GoldenFile parse(String line, int number) {
    String[] parts = line.split("\\s+");
    int slash = parts[0].indexOf('/');
    if (parts.length != 3 || slash < 0) {
      throw new IllegalStateException(INDEX + " line " + number + ": \"" + line
          + "\" is not VERSION/NAME FORMAT SHA-256");
    }
    return new GoldenFile(FormatVersion.parse(parts[0].substring(0, slash)), parts[0].substring(slash + 1),
        SessionFormat.valueOf(parts[1].toUpperCase(Locale.ROOT)), parts[2]);
  }
}
