package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The legal files of the shaded jar, which bundles every dependency: the project's Apache
 * License 2.0 text, one NOTICE merging every bundled NOTICE after ours (byte-identical whatever
 * the build's locale, charset or date), and every other license file of a bundled library kept
 * unchanged. A library whose {@code META-INF/LICENSE} is not the Apache License would be
 * dropped silently by the shade transformer, so every bundled one is checked.
 */
class ShadedJarLegalIT {
  private static final Path JAR = Path.of(System.getProperty("session.cli.jar", "target/missing.jar"));
  private static final Path REPO = Path.of(System.getProperty("session.repo", "..")).toAbsolutePath().normalize();
  // The names ApacheLicenseResourceTransformer drops from every jar and replaces with ours.
  private static final Pattern DROPPED_LICENSE = Pattern.compile("META-INF/LICENSE(\\.txt|\\.md)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOTICE = Pattern.compile("META-INF/NOTICE(\\.txt|\\.md)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER_LEGAL = Pattern.compile("META-INF/[^/]*(LICENSE|NOTICE|COPYING)[^/]*",
      Pattern.CASE_INSENSITIVE);

  private static ZipFile shaded;

  @BeforeAll
  static void openTheJar() throws IOException {
    assertTrue(Files.isRegularFile(JAR), "the shaded jar is missing: " + JAR);
    shaded = new ZipFile(JAR.toFile());
  }

  @AfterAll
  static void closeTheJar() throws IOException {
    shaded.close();
  }

  @Test
  void licenseIsTheProjectsApacheLicenseText() throws IOException {
    assertArrayEquals(Files.readAllBytes(REPO.resolve("LICENSE")), bytes(shaded, "META-INF/LICENSE"));
  }

  @Test
  void noticeIsTheCommittedMergeOfEveryBundledNotice() throws IOException {
    String expected;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("shaded-jar-NOTICE.txt"))) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String actual = new String(bytes(shaded, "META-INF/NOTICE"), StandardCharsets.UTF_8);
    assertEquals(expected, actual, "META-INF/NOTICE of " + JAR + " changed: after a dependency upgrade, review the"
        + " new legal text and copy it to session-cli/src/test/resources/dev/appsim/session/cli/shaded-jar-NOTICE.txt");
    String ours = Files.readString(REPO.resolve("NOTICE"), StandardCharsets.UTF_8);
    assertTrue(actual.contains(ours), "the merged NOTICE lacks the project's own NOTICE");
    assertFalse(actual.contains("Copyright 2026-"), "the merged NOTICE carries a year taken from the build's clock");
  }

  @Test
  void everyBundledLibraryIsApacheLicensedOrKeepsItsOwnLicenseFile() throws IOException {
    String apache = normalised(Files.readString(REPO.resolve("LICENSE"), StandardCharsets.UTF_8));
    String notice = new String(bytes(shaded, "META-INF/NOTICE"), StandardCharsets.UTF_8);
    List<String> checked = new ArrayList<>();
    for (Path jar : bundledJars()) {
      try (ZipFile dependency = new ZipFile(jar.toFile())) {
        for (Enumeration<? extends ZipEntry> e = dependency.entries(); e.hasMoreElements(); ) {
          String name = e.nextElement().getName();
          if (DROPPED_LICENSE.matcher(name).matches()) {
            String text = normalised(new String(bytes(dependency, name), StandardCharsets.UTF_8));
            assertTrue(text.equals(apache) || isApacheStatement(text), jar.getFileName() + " has a " + name
                + " that is not the Apache License 2.0, and the shaded jar drops it: keep it under its own name");
          } else if (NOTICE.matcher(name).matches()) {
            for (String paragraph : new String(bytes(dependency, name), StandardCharsets.UTF_8).split("\\R\\s*\\R")) {
              assertTrue(notice.contains(paragraph.strip()), "the merged NOTICE lacks \"" + paragraph.strip()
                  + "\" from " + jar.getFileName());
            }
          } else if (OTHER_LEGAL.matcher(name).matches()) {
            assertArrayEquals(bytes(dependency, name), bytes(shaded, name), name + " of " + jar.getFileName());
          }
        }
      }
      checked.add(jar.getFileName().toString());
    }
    // The libraries whose licenses matter most must have been seen, or the check proved nothing.
    for (String expected : List.of("jackson-core-", "guava-", "picocli-", "jspecify-")) {
      assertTrue(checked.stream().anyMatch(n -> n.startsWith(expected)), expected + "* not among " + checked);
    }
  }

  // A dependency jar of the tests is bundled when the shaded jar holds its classes. The tests run
  // on the module path: the jars this module requires are there, the others on the class path.
  private static List<Path> bundledJars() throws IOException {
    List<Path> bundled = new ArrayList<>();
    String paths = System.getProperty("jdk.module.path", "") + File.pathSeparator
        + System.getProperty("java.class.path");
    for (String element : paths.split(Pattern.quote(File.pathSeparator))) {
      Path path = Path.of(element);
      if (!element.endsWith(".jar") || path.toAbsolutePath().equals(JAR.toAbsolutePath())) {
        continue;
      }
      try (ZipFile dependency = new ZipFile(path.toFile())) {
        String someClass = dependency.stream().map(ZipEntry::getName)
            .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.equals("module-info.class"))
            .findFirst().orElse(null);
        if (someClass != null && shaded.getEntry(someClass) != null) {
          bundled.add(path);
        }
      }
    }
    return bundled;
  }

  // Some jars (Jackson's Smile module) carry a one-paragraph statement that they are under the
  // Apache License 2.0 instead of its text: the shaded jar's copy of the text covers them.
  private static boolean isApacheStatement(String text) {
    return text.length() < 1_000 && text.contains("apache") && text.contains("version 2.0")
        && text.contains("https://www.apache.org/licenses/license-2.0");
  }

  // The same text laid out differently (line breaks, indentation, http or https) is the same license.
  private static String normalised(String license) {
    return license.replace("http://", "https://").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static byte[] bytes(ZipFile zip, String name) {
    ZipEntry entry = zip.getEntry(name);
    assertTrue(entry != null, name + " is missing from " + zip.getName());
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
