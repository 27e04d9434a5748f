package dev.appsim.session.room.path;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.path.Attempt.Outcome;
import dev.appsim.session.room.path.Attempt.Strategy;
import dev.appsim.session.room.path.RawPath.Kind;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
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
 *   <li>A relative path: below the referencing folder; but when the path starts with a variable
 *       whose value is relative ({@code $ASSETS/x.png}, {@code ASSETS=zi/data}), below
 *       {@link ResolverOptions#variableBase()} (the current directory by default).
 *   <li>The first matching remap ({@link ResolverOptions#remaps()}).
 *   <li>The path as written: POSIX paths on POSIX hosts, drive and UNC paths on Windows;
 *       {@code ~} paths below {@link ResolverOptions#home()}.
 *   <li>A path into a simulator install of any user ({@code .../MagicLeap/tools/zi/1.6.0VirtualDevice/...}):
 *       the same path in this user's install of that version, below {@link ResolverOptions#home()},
 *       when it is installed ({@link SimulatorRemap}, an implicit remap).
 *   <li>Search: in every search folder, to any depth ({@link ResolverOptions#maxSearchDepth()},
 *       {@link ResolverOptions#maxSearchFiles()}), the files with the reference's file name; the
 *       ones whose parent folders match the most trailing components of the reference (up to
 *       {@link ResolverOptions#maxSearchComponents()}) win. One distinct file is FOUND, several
 *       are AMBIGUOUS (all listed, none chosen). Only trailing components that are plain names
 *       take part (never {@code ..}).
 * </ol>
 *
 * <p><b>Case.</b> On a POSIX host, a step whose candidate does not exist is tried again ignoring
 * case, segment by segment, since paths written on Windows often differ in case from the disk
 * ({@code CESIUM.PNG} for {@code cesium.png}); a search compares file names ignoring case when no
 * name matches exactly. A unique match is FOUND and recorded as an {@link Strategy#IGNORING_CASE}
 * attempt; several are AMBIGUOUS.
 *
 * <p>A candidate counts only if it is a regular file. Symbolic links are followed: a link to a
 * regular file counts, and {@link Resolution#file()} is the link target's real path; a link to a
 * folder or a dangling link does not count and is recorded as such.
 *
 * <p>The host's rules come from {@link ResolverOptions#fileSystem()}: a file system whose separator
 * is {@code \} is a Windows host. A name that this JVM cannot represent on the platform file
 * system (a non-ASCII name under the POSIX locale) is never reported as missing: resolving it
 * throws {@link HostEncodingException}.
 */
public final class PathResolver {
  // One variable reference forming the whole first segment: $X, ${X} or %X%.
  private static final Pattern LEADING_VARIABLE = Pattern.compile(
      "\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_()]*%");

  private final ResolverOptions options;
  private final FileSystem fs;
  private final boolean windowsHost;
  private final Map<Path, SearchIndex> indexes = new ConcurrentHashMap<>();

  /**
   * A resolver applying {@code options}' environment, home, remaps and search paths.
   *
   * @param options the resolution settings, including the file system that sets the host's rules
   */
  public PathResolver(ResolverOptions options) {
    this.options = requireNonNull(options, "options is null");
    this.fs = options.fileSystem();
    this.windowsHost = fs.getSeparator().equals("\\");
  }

  /** {@return the options this resolver applies} */
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
   * @return the outcome: the file found, the candidates when ambiguous, and every attempt made
   * @throws HostEncodingException if this JVM cannot represent the name of a candidate file
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
    Resolution r = expansion.undefined().isEmpty() ? direct(raw, path, referencingFolder, attempts) : null;
    if (r == null && expansion.undefined().isEmpty()) {
      r = installed(raw, path, attempts);
    }
    if (r == null) {
      r = search(raw, searchable(path, expansion), attempts);
    }
    return new Resolution(raw, r.status(), r.file(), r.candidates(), r.attempts(), path);
  }

  private @Nullable Resolution direct(
      String raw, RawPath path, Path referencingFolder, List<Attempt> attempts) {
    if (path.kind() == Kind.RELATIVE) {
      String variable = relativeLeadingVariable(raw);
      Path base = variable == null ? referencingFolder : options.variableBase();
      String detail = variable == null ? base.toString() : base + " (" + variable + " is a relative path)";
      Resolution r = probe(raw, Strategy.RELATIVE, detail, base, path.segments(), attempts);
      if (r != null) {
        return r;
      }
    }
    for (PathRemap remap : options.remaps()) {
      if (path.startsWith(remap.from())) {
        List<String> rest = path.segments().subList(remap.from().segments().size(), path.segments().size());
        Resolution r = probe(raw, Strategy.REMAP, remap.toString(), remap.to(), rest, attempts);
        if (r != null) {
          return r;
        }
        break;
      }
    }
    switch (path.kind()) {
      case HOME:
        return probe(raw, Strategy.HOME, options.home().toString(), options.home(), path.segments(), attempts);
      case POSIX_ABSOLUTE:
        if (windowsHost) {
          attempts.add(new Attempt(Strategy.AS_IS, "", path.toString(), Outcome.NOT_APPLICABLE));
          return null;
        }
        return probe(raw, Strategy.AS_IS, "", fs.getRootDirectories().iterator().next(), path.segments(), attempts);
      case WINDOWS_DRIVE:
      case UNC:
        if (!windowsHost) {
          attempts.add(new Attempt(Strategy.AS_IS, "", path.toString(), Outcome.NOT_APPLICABLE));
          return null;
        }
        Path real = check(raw, Strategy.AS_IS, "", () -> fs.getPath(path.toString()), attempts);
        return real == null ? null : found(raw, real, attempts);
      default:
        return null;
    }
  }

  /** The variable starting {@code raw} when it forms the whole first segment and its value is relative. */
  private @Nullable String relativeLeadingVariable(String raw) {
    int end = 0;
    while (end < raw.length() && raw.charAt(end) != '/' && raw.charAt(end) != '\\') {
      end++;
    }
    String first = raw.substring(0, end);
    if (!LEADING_VARIABLE.matcher(first).matches()) {
      return null;
    }
    Expansion value = VariableExpander.expand(first, options.environment());
    if (!value.undefined().isEmpty() || value.value().equals(first)) {
      return null;
    }
    try {
      return RawPathParser.parse(value.value()).kind() == Kind.RELATIVE ? first : null;
    } catch (PathSyntaxException e) {
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
    return probe(raw, Strategy.SIMULATOR_INSTALL, remap.detail(), remap.install(), remap.below(), attempts);
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
    List<String> suffix = tail.subList(tail.size() - Math.min(tail.size(), options.maxSearchComponents()), tail.size());
    String name = suffix.get(suffix.size() - 1);
    for (String segment : suffix) {
      try {
        HostNames.requireRepresentable(fs, segment, raw);
        fs.getPath(segment);
      } catch (InvalidPathException e) {
        attempts.add(new Attempt(Strategy.SEARCH, "", String.join(fs.getSeparator(), suffix), Outcome.INVALID_ON_HOST));
        return missing(raw, attempts);
      }
    }
    List<SearchIndex> folders = new ArrayList<>();
    for (Path folder : options.searchPaths()) {
      folders.add(indexes.computeIfAbsent(folder,
          f -> SearchIndex.build(f, options.maxSearchDepth(), options.maxSearchFiles())));
    }
    boolean exactName = folders.stream().anyMatch(f -> f.named(name).stream()
        .anyMatch(p -> p.getFileName().toString().equals(name)));
    int best = 0;
    for (SearchIndex f : folders) {
      for (Path p : f.named(name)) {
        best = Math.max(best, score(f.root(), p, suffix, exactName));
      }
    }
    Set<Path> chosen = new LinkedHashSet<>();
    for (SearchIndex f : folders) {
      String detail = f.root() + (f.isComplete() ? ""
          : " (walk stopped at ResolverOptions.maxSearchDepth " + options.maxSearchDepth()
              + " or maxSearchFiles " + options.maxSearchFiles() + ")");
      String pattern = f.root() + fs.getSeparator() + "**" + fs.getSeparator() + String.join(fs.getSeparator(), suffix);
      Path weaker = null;
      boolean any = false;
      for (Path p : f.named(name)) {
        int score = score(f.root(), p, suffix, exactName);
        if (score == 0) {
          continue;
        }
        if (score < best) {
          weaker = weaker == null ? p : weaker;
          continue;
        }
        any = true;
        Path real = realFile(p);
        if (real == null) {
          attempts.add(new Attempt(Strategy.SEARCH, detail, p.toString(), Outcome.IO_ERROR));
        } else {
          attempts.add(exactName ? new Attempt(Strategy.SEARCH, detail, p.toString(), Outcome.FOUND)
              : new Attempt(Strategy.IGNORING_CASE, pattern, p.toString(), Outcome.FOUND));
          chosen.add(real);
        }
      }
      if (!any) {
        attempts.add(weaker != null ? new Attempt(Strategy.SEARCH, detail, weaker.toString(), Outcome.LESS_SPECIFIC)
            : new Attempt(Strategy.SEARCH, detail, pattern, Outcome.NOT_FOUND));
      }
    }
    if (chosen.size() == 1) {
      return found(raw, chosen.iterator().next(), attempts);
    }
    if (chosen.size() > 1) {
      chosen.forEach(p -> HostNames.requireFaithful(p, raw));
      return new Resolution(raw, Resolution.Status.AMBIGUOUS, null, List.copyOf(chosen), attempts);
    }
    return missing(raw, attempts);
  }

  /**
   * How many trailing components of {@code suffix} the path of {@code file} below {@code root}
   * ends with, 0 if not even its name (compared exactly, or ignoring case when no name matched
   * exactly anywhere).
   */
  private static int score(Path root, Path file, List<String> suffix, boolean exact) {
    Path relative = root.relativize(file);
    int k = 0;
    while (k < suffix.size() && k < relative.getNameCount()) {
      String want = suffix.get(suffix.size() - 1 - k);
      String have = relative.getName(relative.getNameCount() - 1 - k).toString();
      if (!(exact ? have.equals(want) : have.equalsIgnoreCase(want))) {
        break;
      }
      k++;
    }
    return k;
  }

  private static @Nullable Path realFile(Path p) {
    try {
      return Files.isRegularFile(p) ? p.toRealPath() : null;
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** Tries {@code base/segments}, then the same ignoring case; records every step. */
  private @Nullable Resolution probe(String raw, Strategy strategy, String detail, Path base,
      List<String> segments, List<Attempt> attempts) {
    int before = attempts.size();
    Path real = check(raw, strategy, detail, () -> join(base, segments), attempts);
    if (real != null) {
      return found(raw, real, attempts);
    }
    Attempt miss = attempts.get(before);
    if (windowsHost || miss.outcome() != Outcome.NOT_FOUND) {
      return null;
    }
    List<Path> matches = CaseInsensitiveLookup.find(base, segments);
    for (Path match : matches) {
      HostNames.requireFaithful(match, raw);
      attempts.add(new Attempt(Strategy.IGNORING_CASE, miss.candidate(), match.toString(), Outcome.FOUND));
    }
    if (matches.size() == 1) {
      return found(raw, matches.get(0), attempts);
    }
    if (matches.size() > 1) {
      return new Resolution(raw, Resolution.Status.AMBIGUOUS, null, matches, attempts);
    }
    return null;
  }

  /** Records one attempt; returns the real path of a regular file, else null. */
  private @Nullable Path check(
      String raw, Strategy strategy, String detail, Candidate candidate, List<Attempt> attempts) {
    Path path;
    try {
      path = candidate.path();
    } catch (InvalidPathException e) {
      HostNames.requireRepresentable(fs, e.getInput(), raw);
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

  private static Resolution found(String raw, Path real, List<Attempt> attempts) {
    HostNames.requireFaithful(real, raw);
    return new Resolution(raw, Resolution.Status.FOUND, real, List.of(real), attempts);
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
