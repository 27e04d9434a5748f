package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.appsim.session.room.path.ResolverOptions;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Khronos glTF validator (npm {@code gltf-validator}, installed by {@code .ci/run} into
 * {@code .ci/gltf-validator}) over the packaged copies of Khronos-like samples: no error or
 * warning the original does not have, and every external resource of a packaged copy resolves.
 * Skipped, saying why, where node or the validator is missing.
 */
class GltfValidatorTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path SCRIPT = REPO.resolve(".ci/gltf-validator/validate.js");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;

  @BeforeAll
  static void validatorIsThere() throws Exception {
    assumeTrue(Files.isDirectory(REPO.resolve(".ci/gltf-validator/node_modules/gltf-validator")),
        "gltf-validator is not installed: run 'npm ci --prefix .ci/gltf-validator' (.ci/run does)");
    assumeTrue(run(List.of("node", "--version")).exit == 0, "node is not on the PATH");
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("validator", ".out");
    Path err = Files.createTempFile("validator", ".err");
    try {
      Process p;
      try {
        p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
      } catch (IOException e) {
        return new Run(-1, "", e.getMessage());
      }
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The validator's report per file, in argument order. */
  private static Map<Path, JsonNode> validate(List<Path> files) throws Exception {
    List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString()));
    files.forEach(f -> command.add(f.toString()));
    Run r = run(command);
    assertEquals(0, r.exit, r.err);
    Map<Path, JsonNode> reports = new LinkedHashMap<>();
    List<String> lines = r.out.lines().toList();
    assertEquals(files.size(), lines.size(), r.out);
    for (int i = 0; i < files.size(); i++) {
      reports.put(files.get(i), JSON.readTree(lines.get(i)));
    }
    return reports;
  }

  /** Errors and warnings as "code at pointer". */
  private static TreeSet<String> problems(JsonNode report) {
    TreeSet<String> out = new TreeSet<>();
    for (JsonNode issue : report.get("issues")) {
      if (issue.get("severity").asInt() <= 1) {
        out.add(issue.get("code").asString() + " at " + issue.get("pointer").asString(""));
      }
    }
    return out;
  }

  @Test
  void packagedCopiesAddNoIssueAndEveryExternalResourceResolves() throws Exception {
    Path models = Files.createDirectories(tmp.resolve("models"));
    GltfSamples.box(models.resolve("box"));
    GltfSamples.boxTextured(models.resolve("textured"), "textures/Cesium%20Logo%20Flat.png", "textures/Cesium Logo Flat.png");
    GltfSamples.boxTexturedGlb(models.resolve("glb"), "CesiumLogoFlat.png");
    GltfSamples.duck(models.resolve("duck"));
    GltfSamples.techniques(models.resolve("tech"));
    List<String> assets = List.of("models/box/Box.gltf", "models/textured/BoxTextured.gltf", "models/glb/BoxTextured.glb",
        "models/duck/Duck.gltf", "models/tech/BoxTechnique.gltf");
    StringBuilder nodes = new StringBuilder();
    for (int i = 0; i < assets.size(); i++) {
      nodes.append(i == 0 ? "" : ",").append("{\"id\":\"n").append(i).append("\",\"kind\":\"model\",\"asset\":\"")
          .append(assets.get(i)).append("\"}");
    }
    Path session = Files.writeString(tmp.resolve("samples.session"), "{\"format\":\"appsim.session\",\"formatVersion\":"
        + "\"1.0\",\"metadata\":{\"name\":\"samples\"},\"scene\":{\"nodes\":[" + nodes + "]}}");
    Path work = Files.createDirectories(tmp.resolve("work"));
    PackagedCopies.Checked checked = PackagedCopies.packUnpackAndCheck(session,
        PackageOptions.builder().resolver(ResolverOptions.builder().environment(Map.of()).build()).build(), work);

    List<Path> originals = new ArrayList<>();
    List<Path> copies = new ArrayList<>();
    for (PlannedEntry e : checked.plan().entries()) {
      if (e.archivePath().endsWith(".gltf") || e.archivePath().endsWith(".glb")) {
        originals.add(e.source());
        copies.add(checked.unpacked().resolve(e.archivePath()));
      }
    }
    assertEquals(5, originals.size());
    List<Path> all = new ArrayList<>(originals);
    all.addAll(copies);
    Map<Path, JsonNode> reports = validate(all);
    for (int i = 0; i < originals.size(); i++) {
      JsonNode original = reports.get(originals.get(i));
      JsonNode copy = reports.get(copies.get(i));
      TreeSet<String> added = problems(copy);
      added.removeAll(problems(original));
      assertEquals(new TreeSet<String>(), added, "new issues in " + copies.get(i) + ": " + copy);
      for (JsonNode issue : copy.get("issues")) {
        assertTrue(!issue.get("code").asString().equals("IO_ERROR"), "unresolved resource in " + copies.get(i) + ": " + issue);
      }
    }
    // The samples are valid glTF 2.0, so "no new issue" means no issue at all; glTF 1.0 is outside
    // what the validator reads, which is why the Duck's own references are checked by PackagedCopies.
    for (Path file : List.of(copies.get(0), copies.get(1), copies.get(2))) {
      assertEquals(new TreeSet<String>(), problems(reports.get(file)), reports.get(file).toString());
    }
  }
}
