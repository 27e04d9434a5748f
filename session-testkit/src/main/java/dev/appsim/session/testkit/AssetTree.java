package dev.appsim.session.testkit;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.path.ResolverOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A session and the model files it references, generated on disk by {@link AssetTrees}. The
 * session's paths are written as another machine saved them (Windows drives, UNC shares,
 * {@code ~}, environment variables...); {@link #resolverOptions()} holds the environment, home
 * folder and remaps under which every present file resolves. {@link #close()} deletes the tree.
 */
public final class AssetTree implements AutoCloseable {
  private final Path root;
  private final Path sessionFile;
  private final SessionDocument document;
  private final Map<String, String> environment;
  private final Map<String, Path> remaps;
  private final Path home;
  private final List<Path> files;
  private final List<Path> missing;

  AssetTree(Path root, Path sessionFile, SessionDocument document, Map<String, String> environment,
      Map<String, Path> remaps, Path home, List<Path> files, List<Path> missing) {
    this.root = requireNonNull(root, "root is null");
    this.sessionFile = requireNonNull(sessionFile, "sessionFile is null");
    this.document = requireNonNull(document, "document is null");
    this.environment = Map.copyOf(environment);
    this.remaps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(remaps));
    this.home = requireNonNull(home, "home is null");
    this.files = List.copyOf(files);
    this.missing = List.copyOf(missing);
  }

  /** {@return the generated session, with paths as the saving machine wrote them} */
  public SessionDocument document() {
    return document;
  }

  /** {@return the folder that holds everything; deleted by {@link #close()}} */
  public Path root() {
    return root;
  }

  /** {@return the session written as canonical JSON; relative paths in it resolve against its folder} */
  public Path sessionFile() {
    return sessionFile;
  }

  /** {@return variables the session's paths use, e.g. {@code APPSIM_ASSETS -> /tmp/.../env}} */
  public Map<String, String> environment() {
    return environment;
  }

  /** {@return path prefixes as saved, in order, and the local folders that replace them} */
  public Map<String, Path> remaps() {
    return remaps;
  }

  /** {@return the folder {@code ~} stands for} */
  public Path home() {
    return home;
  }

  /** {@return resolver options with this tree's environment, home and remaps} */
  public ResolverOptions resolverOptions() {
    ResolverOptions.Builder b = ResolverOptions.builder().environment(environment).home(home);
    remaps.forEach(b::addRemap);
    return b.build();
  }

  /** {@return every file written (session, models, buffers, materials, textures, sidecar), sorted} */
  public List<Path> files() {
    return files;
  }

  /** {@return files the session or its models reference that were left out on request, sorted} */
  public List<Path> missing() {
    return missing;
  }

  /** Deletes the whole tree. */
  @Override
  public void close() {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete asset tree " + root, e);
    }
  }

  @Override
  public String toString() {
    return "AssetTree[" + root + ", " + files.size() + " files, " + missing.size() + " missing]";
  }
}
