package dev.appsim.session.room.path;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.path.Attempt.Outcome;
import dev.appsim.session.room.path.Attempt.Strategy;
import dev.appsim.session.room.path.RawPath.Kind;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a raw path string, as written in a session or asset file on any OS, into a regular file
 * on this machine. Immutable and thread-safe.
 *
 * <pre>{@code
 * PathResolver resolver = new PathResolver(options);
 * Resolution r = resolver.resolve("C:\\Users\\ana\\ML\\data\\chair.gltf", sessionFolder);
 * if (!r.isFound()) System.err.println(r.explain());
 * }</pre>
 *
 * <p>Order of attempts; the first regular file found wins:
 *
 * <ol>
 *   <li>Expand variables ({@link ResolverOptions#environment()}). An undefined variable is a
 *       recorded miss: direct attempts are skipped, and only the components after the last one
 *       holding an undefined variable are searched for.
 *   <li>Parse ({@link RawPathParser}); a syntax error is a recorded miss.
 *   <li>A relative path: below the referencing folder.
 *   <li>The first matching remap ({@link ResolverOptions#remaps()}).
 *   <li>The path as written: POSIX paths on POSIX hosts, drive and UNC paths on Windows;
 *       {@code ~} paths below {@link ResolverOptions#home()}.
 *   <li>A path into a simulator install of any user ({@code .../MagicLeap/tools/zi/1.6.0VirtualDevice/...}):
 *       the same path in this user's install of that version, below {@link ResolverOptions#home()},
 *       when it is installed ({@link SimulatorRemap}, an implicit remap).
 *   <li>Search by trailing components: for a suffix length k from
 *       {@code min(components, maxSearchComponents)} down to 1, try
 *       {@code <search folder>/<last k components>} in every search folder. The first k with a
 *       hit decides: one distinct file is FOUND, several are AMBIGUOUS (all listed, none chosen).
 *       Only trailing components that are plain names take part (never {@code ..}). No folder is
 *       walked, so a search costs a bounded number of look-ups.
 * </ol>
 *
 * <p>A candidate counts only if it is a regular file. Symbolic links are followed: a link to a
 * regular file counts, and {@link Resolution#file()} is the link target's real path; a link to a
 * folder or a dangling link does not count and is recorded as such.
 */
public final class PathResolver {
  private final ResolverOptions options;
  private final boolean windowsHost;

  /** A resolver applying {@code options}' environment, home, remaps and search paths. */
  public PathResolver(ResolverOptions options) {
    this.options = requireNonNull(options, "options is null");
    this.windowsHost = FileSystems.getDefault().getSeparator().equals("\\");
  }

  public ResolverOptions options() {
    return options;
  }

  /**
   * Resolves {@code raw}. Never throws for bad input: syntax errors and undefined variables are
   * recorded in the returned {@link Resolution}.
   *
   * @param raw the path exactly as written
   * @param referencingFolder the folder of the file that holds {@code raw}; relative paths are
   *     resolved against it
   */
  public Resolution resolve(String raw, Path referencingFolder) {
    requireNonNull(raw, "raw is null");
    requireNonNull(referencingFolder, "referencingFolder is null");
    List<Attempt> attempts = new ArrayList<>();
    Expansion expansion;
    try {
      expansion = VariableExpander.expand(raw, options.environment());
    } catch (PathSyntaxException e) {
      attempts.add(new Attempt(Strategy.PARSE, e.getMessage(), "", Outcome.INVALID_SYNTAX));
      return missing(raw, attempts);
    }
    for (String name : expansion.undefined()) {
      attempts.add(new Attempt(Strategy.VARIABLE, name, "", Outcome.UNDEFINED_VARIABLE));
    }
    RawPath path;
    try {
      path = RawPathParser.parse(expansion.value());
    } catch (PathSyntaxException e) {
      attempts.add(new Attempt(Strategy.PARSE, e.getMessage(), "", Outcome.INVALID_SYNTAX));
      return missing(raw, attempts);
    }
    if (expansion.undefined().isEmpty()) {
      Resolution direct = direct(raw, path, referencingFolder, attempts);
      if (direct != null) {
        return direct;
      }
      Resolution installed = installed(raw, path, attempts);
      if (installed != null) {
        return installed;
      }
    }
    return search(raw, searchable(path, expansion), attempts);
  }

  private @Nullable Resolution direct(
      String raw, RawPath path, Path referencingFolder, List<Attempt> attempts) {
    if (path.kind() == Kind.RELATIVE) {
      Resolution r = probe(raw, Strategy.RELATIVE, referencingFolder.toString(),
          () -> join(referencingFolder, path.segments()), attempts);
      if (r != null) {
        return r;
      }
    }
    for (PathRemap remap : options.remaps()) {
      if (path.startsWith(remap.from())) {
        List<String> rest = path.segments().subList(remap.from().segments().size(), path.segments().size());
        Resolution r = probe(raw, Strategy.REMAP, remap.toString(), () -> join(remap.to(), rest), attempts);
        if (r != null) {
          return r;
        }
        break;
      }
    }
    switch (path.kind()) {
      case HOME:
        return probe(raw, Strategy.HOME, options.home().toString(),
            () -> join(options.home(), path.segments()), attempts);
      case POSIX_ABSOLUTE:
        if (windowsHost) {
          attempts.add(new Attempt(Strategy.AS_IS, "", path.toString(), Outcome.NOT_APPLICABLE));
          return null;
        }
        return probe(raw, Strategy.AS_IS, "", () -> Path.of(path.toString()), attempts);
      case WINDOWS_DRIVE:
      case UNC:
        if (!windowsHost) {
          attempts.add(new Attempt(Strategy.AS_IS, "", path.toString(), Outcome.NOT_APPLICABLE));
          return null;
        }
        return probe(raw, Strategy.AS_IS, "", () -> Path.of(path.toString()), attempts);
      default:
        return null;
    }
  }

  /** The implicit remap into this user's simulator install ({@link SimulatorRemap}), or null. */
  private @Nullable Resolution installed(String raw, RawPath path, List<Attempt> attempts) {
    InstallRemap remap = InstallRemap.of(path, options);
    if (remap == null) {
      return null;
    }
    if (!remap.installed()) {
      attempts.add(new Attempt(Strategy.SIMULATOR_INSTALL, remap.detail(), "", Outcome.NOT_FOUND));
      return null;
    }
    return probe(raw, Strategy.SIMULATOR_INSTALL, remap.detail(), () -> join(remap.install(), remap.below()), attempts);
  }

  /** The trailing plain components that a search may use. */
  private static List<String> searchable(RawPath path, Expansion expansion) {
    List<String> segments = path.segments();
    int from = segments.size();
    while (from > 0 && !segments.get(from - 1).equals("..")
        && !mentionsAny(segments.get(from - 1), expansion.undefinedReferences())) {
      from--;
    }
    return segments.subList(from, segments.size());
  }

  private static boolean mentionsAny(String segment, List<String> references) {
    for (String reference : references) {
      if (segment.contains(reference)) {
        return true;
      }
    }
    return false;
  }

  private Resolution search(String raw, List<String> tail, List<Attempt> attempts) {
    if (options.searchPaths().isEmpty() || tail.isEmpty()) {
      return missing(raw, attempts);
    }
    for (int k = Math.min(tail.size(), options.maxSearchComponents()); k >= 1; k--) {
      List<String> suffix = tail.subList(tail.size() - k, tail.size());
      Set<Path> found = new LinkedHashSet<>();
      for (Path folder : options.searchPaths()) {
        Path real = check(Strategy.SEARCH, folder.toString(), () -> join(folder, suffix), attempts);
        if (real != null) {
          found.add(real);
        }
      }
      if (found.size() == 1) {
        Path file = found.iterator().next();
        return new Resolution(raw, Resolution.Status.FOUND, file, List.of(file), attempts);
      }
      if (found.size() > 1) {
        return new Resolution(raw, Resolution.Status.AMBIGUOUS, null, List.copyOf(found), attempts);
      }
    }
    return missing(raw, attempts);
  }

  private static @Nullable Resolution probe(
      String raw, Strategy strategy, String detail, Candidate candidate, List<Attempt> attempts) {
    Path real = check(strategy, detail, candidate, attempts);
    return real == null ? null : new Resolution(raw, Resolution.Status.FOUND, real, List.of(real), attempts);
  }

  /** Records one attempt; returns the real path of a regular file, else null. */
  private static @Nullable Path check(
      Strategy strategy, String detail, Candidate candidate, List<Attempt> attempts) {
    Path path;
    try {
      path = candidate.path();
    } catch (InvalidPathException e) {
      attempts.add(new Attempt(strategy, detail, e.getInput(), Outcome.INVALID_ON_HOST));
      return null;
    }
    String text = path.toString();
    try {
      if (Files.isRegularFile(path)) {
        Path real = path.toRealPath();
        attempts.add(new Attempt(strategy, detail, text, Outcome.FOUND));
        return real;
      }
      Outcome outcome = Files.exists(path) ? Outcome.NOT_A_REGULAR_FILE
          : Files.isSymbolicLink(path) ? Outcome.DANGLING_LINK
          : Outcome.NOT_FOUND;
      attempts.add(new Attempt(strategy, detail, text, outcome));
    } catch (IOException | SecurityException e) {
      attempts.add(new Attempt(strategy, detail, text, Outcome.IO_ERROR));
    }
    return null;
  }

  private static Path join(Path base, List<String> segments) {
    Path p = base;
    for (String segment : segments) {
      Path name = base.getFileSystem().getPath(segment);
      // On Windows "C:" or "D:x" would resolve outside the base folder.
      if (name.getRoot() != null || name.getNameCount() != 1) {
        throw new InvalidPathException(
            base + base.getFileSystem().getSeparator() + String.join("/", segments),
            "\"" + segment + "\" is not a single file name");
      }
      p = p.resolve(name);
    }
    return p.normalize();
  }

  private static Resolution missing(String raw, List<Attempt> attempts) {
    return new Resolution(raw, Resolution.Status.MISSING, null, List.of(), attempts);
  }

  /** Builds a candidate path lazily, so an invalid one becomes an attempt, not an exception. */
  private interface Candidate {
    Path path();
  }
}
