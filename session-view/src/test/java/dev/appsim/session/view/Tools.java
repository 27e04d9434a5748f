package dev.appsim.session.view;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real tools the interop tests use. Missing tools skip a test with the reason, except
 * in CI ({@code CI=true}), where {@code .ci/run} installs them and a skip would hide a regression.
 */
final class Tools {
  static final Path REPO = Path.of(System.getProperty("session.repo", "..")).toAbsolutePath().normalize();

  private Tools() {}

  /** The {@code node} executable. */
  static Path node() {
    return require(onPath("node"), "node (Node.js) is not on the PATH");
  }

  /** The node_modules folder holding {@code gltf-validator}: -Dsession.gltfValidator or .ci/gltf-validator/node_modules. */
  static Path gltfValidatorModules() {
    Path modules = Path.of(System.getProperty("session.gltfValidator", REPO.resolve(".ci/gltf-validator/node_modules").toString()));
    return require(Files.isDirectory(modules.resolve("gltf-validator")) ? Optional.of(modules) : Optional.empty(),
        "gltf-validator is not installed in " + modules + "; run: npm ci --prefix .ci/gltf-validator (.ci/run does)");
  }

  /** Chromium: -Dsession.chromium, or chromium / chromium-browser / google-chrome on the PATH. */
  static Path chromium() {
    String given = System.getProperty("session.chromium");
    Optional<Path> found = given != null ? Optional.of(Path.of(given)).filter(Files::isExecutable)
        : onPath("chromium").or(() -> onPath("chromium-browser")).or(() -> onPath("google-chrome"));
    return require(found, "Chromium is not installed; run: apt-get install chromium");
  }

  private static Path require(Optional<Path> tool, String reason) {
    if (tool.isEmpty() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(reason + " (CI must run this test; .ci/run installs it)");
    }
    Assumptions.assumeTrue(tool.isPresent(), reason);
    return tool.get();
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
