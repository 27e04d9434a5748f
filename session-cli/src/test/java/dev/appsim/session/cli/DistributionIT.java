package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: session-cli-VERSION.tar.gz unpacked with the real tar, and
 * its bin/session run with a PATH holding only java and basic tools, under LC_ALL=C.
 */
class DistributionIT {
  private static final Path TAR = Path.of(System.getProperty("session.dist.tar", "target/missing.tar.gz"));
  private static final Path ZIP = Path.of(System.getProperty("session.dist.zip", "target/missing.zip"));
  private static final Path REPO = Path.of(System.getProperty("session.repo", "..")).toAbsolutePath().normalize();
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
  private static final List<String> SUBCOMMANDS = List.of("package", "unpack", "info", "validate", "diff", "convert",
      "deps", "verify", "schema", "render", "export", "help");

  @TempDir static Path tmp;
  static Path home;
  static Path session;
  static Path path;

  @BeforeAll
  static void unpackTheDistribution() throws Exception {
    assertTrue(Files.isRegularFile(TAR), "the distribution is missing: " + TAR);
    Path install = Files.createDirectories(tmp.resolve("install"));
    Result untar = run(install, Map.of("PATH", System.getenv("PATH")), "tar", "-xzf", TAR.toString());
    assertEquals(0, untar.exit(), untar::toString);
    try (Stream<Path> top = Files.list(install)) {
      home = top.findFirst().orElseThrow();
    }
    session = home.resolve("bin/session");
    path = Files.createDirectories(tmp.resolve("path"));
    Files.createSymbolicLink(path.resolve("java"), JAVA.toRealPath());
    for (String tool : List.of("sh", "ls", "dirname", "mkdir", "mv", "rm", "cksum", "stty", "locale", "grep")) {
      Path found = which(tool);
      if (found != null) {
        Files.createSymbolicLink(path.resolve(tool), found);
      }
    }
  }

  @Test
  void holdsTheLaunchersTheJarTheManPagesTheCompletionAndEveryLegalFile() throws Exception {
    assertEquals("session-cli-" + System.getProperty("session.version", home.getFileName().toString().substring(12)),
        home.getFileName().toString());
    assertTrue(Files.getPosixFilePermissions(session).contains(PosixFilePermission.OWNER_EXECUTE));
    assertTrue(Files.getPosixFilePermissions(home.resolve("scripts/packageSession.py")).contains(PosixFilePermission.OWNER_EXECUTE));
    String cmd = Files.readString(home.resolve("bin/session.cmd"), StandardCharsets.US_ASCII);
    assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "session.cmd has CRLF line ends");
    assertTrue(Files.isRegularFile(home.resolve("lib/session-cli.jar")));
    assertArrayEquals(Files.readAllBytes(REPO.resolve("LICENSE")), Files.readAllBytes(home.resolve("LICENSE")));
    try (InputStream notice = Objects.requireNonNull(getClass().getResourceAsStream("shaded-jar-NOTICE.txt"))) {
      assertArrayEquals(notice.readAllBytes(), Files.readAllBytes(home.resolve("NOTICE")),
          "the NOTICE merges every bundled library's, as the jar's does");
    }
    for (String license : List.of("FastDoubleParser-LICENSE", "Schubfach-LICENSE")) {
      assertTrue(Files.size(home.resolve("licenses").resolve(license)) > 0, license);
    }
    assertTrue(Files.readString(home.resolve("man/man1/session.1")).contains(".SH \"NAME\""));
    for (String name : SUBCOMMANDS) {
      Path page = home.resolve("man/man1/session-" + name + ".1");
      assertTrue(Files.isRegularFile(page), page::toString);
    }
    String completion = Files.readString(home.resolve("completion/session.bash"));
    assertTrue(completion.contains("complete -F _complete_session") || completion.contains("complete -F"), completion);
    assertTrue(completion.contains("package") && completion.contains("--into-simulator"));
  }

  @Test
  void theZipHoldsTheSameFilesAsTheTarball() throws Exception {
    TreeSet<String> inZip = new TreeSet<>();
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(inZip::add);
    }
    TreeSet<String> inTar = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(home)) {
      walk.filter(Files::isRegularFile).forEach(p -> inTar.add(home.getParent().relativize(p).toString()));
    }
    assertEquals(inTar, inZip);
  }

  @Test
  void runsWithOnlyJavaOnThePathUnderTheCLocaleWithNonAsciiNames() throws Exception {
    assumeTrue(hasUtf8Locale(), "no UTF-8 locale is installed (locale -a)");
    Path folder = Files.createDirectories(tmp.resolve("Stühle"));
    Files.copy(Cli.MINIMAL, folder.resolve("Küche.session"));
    Result r = run(folder, env(Map.of("LC_ALL", "C")), session.toString(), "validate", "Küche.session");
    assertEquals(0, r.exit(), r::toString);
    assertEquals("Küche.session: valid session (format 1.0, 2 nodes, 0 file references)\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void aLinkToTheLauncherFindsTheDistribution() throws Exception {
    Path link = tmp.resolve("linked-session");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, session);
    Result r = run(tmp, env(Map.of()), link.toString(), "--version");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("session "), r.out());
  }

  @Test
  void theHeapIsBoundedUnlessTheOptionsRaiseIt() throws Exception {
    Result bounded = run(tmp, env(Map.of("SESSION_OPTS", "-XshowSettings:vm")), session.toString(), "--version");
    assertTrue(bounded.err().contains("Max. Heap Size: 256.00M"), bounded.err());
    Result raised = run(tmp, env(Map.of("SESSION_OPTS", "-XshowSettings:vm -Xmx1g")), session.toString(), "--version");
    assertTrue(raised.err().contains("Max. Heap Size: 1.00G"), raised.err());
  }

  @Test
  void aWrongJavaHomeIsOneSentence() throws Exception {
    Result r = run(tmp, env(Map.of("JAVA_HOME", "/no/such/jdk")), session.toString(), "--version");
    assertEquals(1, r.exit());
    assertEquals("session: JAVA_HOME is /no/such/jdk, which has no bin/java; point it at a Java 17 or newer runtime,"
        + " or unset it to use the java on PATH\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void aJavaOlderThan17IsRefusedBeforeItRuns() throws Exception {
    Path old = Files.createDirectories(tmp.resolve("jdk-11/bin"));
    Path java = old.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho 'should not run' >&2\nexit 99\n");
    java.toFile().setExecutable(true);
    Files.writeString(old.getParent().resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"11.0.22\"\n");
    Result r = run(tmp, env(Map.of("JAVA_HOME", old.getParent().toString())), session.toString(), "--version");
    assertEquals(1, r.exit(), r::toString);
    assertEquals("session: " + java + " is Java 11; session needs Java 17 or newer (set JAVA_HOME to one)\n", r.err());
  }

  @Test
  void noJavaAtAllIsOneSentence() throws Exception {
    Path bare = Files.createDirectories(tmp.resolve("bare-path"));
    for (String tool : List.of("sh", "ls", "dirname")) {
      Path found = which(tool);
      if (found != null && !Files.exists(bare.resolve(tool))) {
        Files.createSymbolicLink(bare.resolve(tool), found);
      }
    }
    Result r = run(tmp, Map.of("PATH", bare.toString(), "HOME", tmp.toString()), session.toString(), "--version");
    assertEquals(1, r.exit(), r::toString);
    assertEquals("session: no java found: install a Java 17 or newer runtime and put it on PATH, or set JAVA_HOME\n",
        r.err());
  }

  @Test
  void theFirstRunMakesAClassDataSharingArchiveAndAStaleOneIsIgnoredSilently() throws Exception {
    Path cache = Files.createDirectories(tmp.resolve("cache"));
    Map<String, String> environment = env(Map.of("XDG_CACHE_HOME", cache.toString()));
    Result first = run(tmp, environment, session.toString(), "validate", Cli.MINIMAL.toString());
    assertEquals(0, first.exit(), first::toString);
    Path folder = cache.resolve("appsim-session");
    Path archive = null;
    // The archive is made by a training run in the background; give it time on a loaded machine.
    for (int i = 0; i < 240 && archive == null; i++) {
      try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
        archive = files.filter(p -> p.toString().endsWith(".jsa")).findFirst().orElse(null);
      }
      if (archive == null) {
        Thread.sleep(500);
      }
    }
    assertTrue(archive != null, "no .jsa in " + folder);
    Result second = run(tmp, environment, session.toString(), "validate", Cli.MINIMAL.toString());
    assertEquals(first.out(), second.out());
    assertEquals("", second.err());
    Files.write(archive, new byte[] {1, 2, 3});
    Result stale = run(tmp, environment, session.toString(), "validate", "--json", Cli.MINIMAL.toString());
    assertEquals(0, stale.exit(), stale::toString);
    assertEquals("", stale.err(), "a broken archive is ignored without a word");
    assertEquals(true, Cli.json(stale.out()).get("valid").asBoolean(), "stdout stays clean JSON");
  }

  private static boolean hasUtf8Locale() throws Exception {
    Result r = run(tmp, Map.of("PATH", System.getenv("PATH")), "sh", "-c", "locale -a");
    return r.exit() == 0 && r.out().lines().anyMatch(l -> l.equalsIgnoreCase("C.UTF-8") || l.equalsIgnoreCase("C.utf8")
        || l.equalsIgnoreCase("en_US.UTF-8") || l.equalsIgnoreCase("en_US.utf8"));
  }

  private static Map<String, String> env(Map<String, String> extra) {
    Map<String, String> environment = new HashMap<>();
    environment.put("PATH", path.toString());
    environment.put("HOME", tmp.toString());
    environment.put("XDG_CACHE_HOME", tmp.resolve("no-cache").toString());
    environment.put("SESSION_CDS", "off");
    environment.putAll(extra);
    if (extra.containsKey("XDG_CACHE_HOME")) {
      environment.remove("SESSION_CDS");
    }
    return environment;
  }

  private static Path which(String tool) {
    for (String folder : System.getenv("PATH").split(File.pathSeparator)) {
      Path candidate = Path.of(folder, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Result run(Path directory, Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    File out = Files.createTempFile("session-it-out", ".txt").toFile();
    File err = Files.createTempFile("session-it-err", ".txt").toFile();
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)))
        .directory(directory.toFile())
        .redirectOutput(out)
        .redirectError(err)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().clear();
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    try {
      return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
          Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      Files.delete(out.toPath());
      Files.delete(err.toPath());
    }
  }
}
