package dev.appsim.session.room.path;

import static java.util.Objects.requireNonNull;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Immutable settings of a {@link PathResolver}.
 *
 * <pre>{@code
 * ResolverOptions options = ResolverOptions.builder()
 *     .environment(Map.of("ML_ZI_ROOT", "/opt/zi"))
 *     .home(Path.of("/home/bo"))
 *     .addRemap("C:\\Users\\ana\\MagicLeap", Path.of("/home/bo/ml"))
 *     .addSearchPath(Path.of("/srv/assets"))
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>{@code environment}: values of {@code $VAR}, {@code ${VAR}}, {@code %VAR%}; default the
 *       process environment at {@link #builder()} time.
 *   <li>{@code variableBase}: when a path starts with a variable whose value is a relative path
 *       ({@code $ASSETS/chair.gltf} with {@code ASSETS=zi/data}), that value is taken relative to
 *       this folder, wherever the value came from; default the current directory
 *       ({@code user.dir}), where a shell that set the variable stood.
 *   <li>{@code home}: the folder {@code ~} stands for; default the {@code user.home} property.
 *   <li>{@code remaps}: tried in the order added; the <em>first</em> whose prefix matches is used
 *       and the others are not tried, so put more specific prefixes first.
 *   <li>{@code searchPaths}: folders searched, to any depth, for a file by its trailing path
 *       components, in the order added.
 *   <li>{@code maxSearchComponents}: the longest trailing suffix compared in a search (default 8).
 *   <li>{@code maxSearchDepth}, {@code maxSearchFiles}: a search walks at most this many folder
 *       levels (default 16) and files (default 100,000) below each search path, once per resolver;
 *       a walk that stops early says so in the attempts.
 *   <li>{@code fileSystem}: the host whose rules apply (Windows when its separator is
 *       {@code \}, else POSIX) and on which files are looked for; default the platform's. Every
 *       other path in these options must belong to it.
 *   <li>{@code simulatorRemap}: whether a path into another user's simulator install is looked
 *       for in the install of the same version below {@code home} (default {@link
 *       SimulatorRemap#LOCAL_INSTALL}).
 * </ul>
 */
public final class ResolverOptions {
  /** Default of {@link Builder#maxSearchComponents(int)}. */
  public static final int DEFAULT_MAX_SEARCH_COMPONENTS = 8;
  /** Default of {@link Builder#maxSearchDepth(int)}. */
  public static final int DEFAULT_MAX_SEARCH_DEPTH = 16;
  /** Default of {@link Builder#maxSearchFiles(int)}. */
  public static final int DEFAULT_MAX_SEARCH_FILES = 100_000;

  private final FileSystem fileSystem;
  private final Map<String, String> environment;
  private final Path variableBase;
  private final Path home;
  private final List<PathRemap> remaps;
  private final List<Path> searchPaths;
  private final int maxSearchComponents;
  private final int maxSearchDepth;
  private final int maxSearchFiles;
  private final SimulatorRemap simulatorRemap;

  private ResolverOptions(Builder b) {
    this.fileSystem = b.fileSystem;
    this.environment = Map.copyOf(b.environment);
    this.variableBase = b.variableBase != null ? b.variableBase : defaultWorkingFolder(b.fileSystem);
    this.home = b.home != null ? b.home : defaultHome(b.fileSystem);
    this.remaps = List.copyOf(b.remaps);
    this.searchPaths = List.copyOf(b.searchPaths);
    this.maxSearchComponents = b.maxSearchComponents;
    this.maxSearchDepth = b.maxSearchDepth;
    this.maxSearchFiles = b.maxSearchFiles;
    this.simulatorRemap = b.simulatorRemap;
    check("variableBase", variableBase);
    check("home", home);
    remaps.forEach(r -> check("remap target", r.to()));
    searchPaths.forEach(p -> check("search path", p));
  }

  private void check(String what, Path path) {
    if (path.getFileSystem() != fileSystem) {
      throw new IllegalArgumentException(what + " \"" + path + "\" belongs to another file system than"
          + " fileSystem; build it with fileSystem.getPath(...)");
    }
  }

  private static Path defaultWorkingFolder(FileSystem fs) {
    return fs == FileSystems.getDefault()
        ? Path.of(System.getProperty("user.dir", "")).toAbsolutePath()
        : fs.getPath("").toAbsolutePath();
  }

  private static Path defaultHome(FileSystem fs) {
    if (fs == FileSystems.getDefault()) {
      return Path.of(System.getProperty("user.home", "/")).toAbsolutePath();
    }
    return fs.getRootDirectories().iterator().next();
  }

  /** {@return options with the process environment, the user's home, no remaps and no search paths} */
  public static ResolverOptions defaults() {
    return builder().build();
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these options} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.fileSystem = fileSystem;
    b.environment = environment;
    b.variableBase = variableBase;
    b.home = home;
    b.remaps.addAll(remaps);
    b.searchPaths.addAll(searchPaths);
    b.maxSearchComponents = maxSearchComponents;
    b.maxSearchDepth = maxSearchDepth;
    b.maxSearchFiles = maxSearchFiles;
    b.simulatorRemap = simulatorRemap;
    return b;
  }

  /** {@return the host whose path rules apply and on which files are looked for} */
  public FileSystem fileSystem() {
    return fileSystem;
  }

  /** {@return the variables {@code $X}, {@code ${X}} and {@code %X%} expand to; an unmodifiable copy} */
  public Map<String, String> environment() {
    return environment;
  }

  /** {@return the absolute folder a relative variable value at the start of a path is resolved against} */
  public Path variableBase() {
    return variableBase;
  }

  /** {@return the absolute folder {@code ~} stands for} */
  public Path home() {
    return home;
  }

  /** {@return the prefix remaps, in the order they are tried; the first that matches is used} */
  public List<PathRemap> remaps() {
    return remaps;
  }

  /** {@return the absolute folders searched by trailing components, in order} */
  public List<Path> searchPaths() {
    return searchPaths;
  }

  /** {@return the longest trailing suffix a search compares, 1 to 64 (default {@value #DEFAULT_MAX_SEARCH_COMPONENTS})} */
  public int maxSearchComponents() {
    return maxSearchComponents;
  }

  /** {@return how many folder levels below each search path are walked, 1 to 256 (default {@value #DEFAULT_MAX_SEARCH_DEPTH})} */
  public int maxSearchDepth() {
    return maxSearchDepth;
  }

  /** {@return how many files below each search path are indexed, 1 to 10,000,000 (default {@value #DEFAULT_MAX_SEARCH_FILES})} */
  public int maxSearchFiles() {
    return maxSearchFiles;
  }

  /** {@return whether paths into another user's simulator install are looked for in this user's install} */
  public SimulatorRemap simulatorRemap() {
    return simulatorRemap;
  }

  /** Collects settings; {@link #build()} copies them. Not thread-safe. */
  public static final class Builder {
    private FileSystem fileSystem = FileSystems.getDefault();
    private Map<String, String> environment = System.getenv();
    private @Nullable Path variableBase;
    private @Nullable Path home;
    private final List<PathRemap> remaps = new ArrayList<>();
    private final List<Path> searchPaths = new ArrayList<>();
    private int maxSearchComponents = DEFAULT_MAX_SEARCH_COMPONENTS;
    private int maxSearchDepth = DEFAULT_MAX_SEARCH_DEPTH;
    private int maxSearchFiles = DEFAULT_MAX_SEARCH_FILES;
    private SimulatorRemap simulatorRemap = SimulatorRemap.LOCAL_INSTALL;

    private Builder() {}

    /**
     * The host whose path rules apply and whose files are looked for, such as a
     * <a href="https://github.com/google/jimfs">jimfs</a> file system in tests. Without an
     * explicit {@link #home} and {@link #variableBase}, they default to its first root and its
     * working directory.
     *
     * @param fileSystem the host file system; default the platform's
     * @return this builder
     */
    public Builder fileSystem(FileSystem fileSystem) {
      this.fileSystem = requireNonNull(fileSystem, "fileSystem is null");
      return this;
    }

    /**
     * Replaces the variables (copied; the process environment is no longer consulted).
     *
     * @param environment variable name to value; default the process environment
     * @return this builder
     */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
      return this;
    }

    /**
     * Sets the folder a relative variable value at the start of a path is resolved against.
     *
     * @param folder an absolute folder of {@link #fileSystem}; default the working directory
     * @return this builder
     * @throws IllegalArgumentException if {@code folder} is not absolute
     */
    public Builder variableBase(Path folder) {
      this.variableBase = absolute("variableBase", folder);
      return this;
    }

    /**
     * Sets the folder {@code ~} stands for.
     *
     * @param home an absolute folder of {@link #fileSystem}; default the {@code user.home} property
     * @return this builder
     * @throws IllegalArgumentException if {@code home} is not absolute
     */
    public Builder home(Path home) {
      this.home = absolute("home", home);
      return this;
    }

    /**
     * Appends a remap; see {@link PathRemap#of}.
     *
     * @param from the prefix as written: a drive, UNC, POSIX or {@code ~} path
     * @param to the absolute local folder that replaces it
     * @return this builder
     * @throws PathSyntaxException if {@code from} cannot be parsed
     * @throws IllegalArgumentException if {@code from} is relative or {@code to} is not absolute
     */
    public Builder addRemap(String from, Path to) {
      return addRemap(PathRemap.of(from, to));
    }

    /**
     * Appends a remap, tried after those added before it.
     *
     * @param remap the remap
     * @return this builder
     */
    public Builder addRemap(PathRemap remap) {
      remaps.add(requireNonNull(remap, "remap is null"));
      return this;
    }

    /**
     * Appends a search folder, searched after those added before it.
     *
     * @param folder an absolute folder of {@link #fileSystem}
     * @return this builder
     * @throws IllegalArgumentException if {@code folder} is not absolute
     */
    public Builder addSearchPath(Path folder) {
      searchPaths.add(absolute("search path", folder));
      return this;
    }

    /**
     * Sets the longest trailing suffix a search compares.
     *
     * @param max 1 to 64; default {@value ResolverOptions#DEFAULT_MAX_SEARCH_COMPONENTS}
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is out of range
     */
    public Builder maxSearchComponents(int max) {
      this.maxSearchComponents = bounded("maxSearchComponents", max, 64);
      return this;
    }

    /**
     * Sets how many folder levels below a search path are walked.
     *
     * @param max 1 to 256; default {@value ResolverOptions#DEFAULT_MAX_SEARCH_DEPTH}
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is out of range
     */
    public Builder maxSearchDepth(int max) {
      this.maxSearchDepth = bounded("maxSearchDepth", max, 256);
      return this;
    }

    /**
     * Sets how many files below one search path are indexed.
     *
     * @param max 1 to 10,000,000; default {@value ResolverOptions#DEFAULT_MAX_SEARCH_FILES}
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is out of range
     */
    public Builder maxSearchFiles(int max) {
      this.maxSearchFiles = bounded("maxSearchFiles", max, 10_000_000);
      return this;
    }

    /**
     * Sets whether paths into another user's simulator install are looked for in this one's; see
     * {@link SimulatorRemap}.
     *
     * @param mode the mode; default {@link SimulatorRemap#LOCAL_INSTALL}
     * @return this builder
     */
    public Builder simulatorRemap(SimulatorRemap mode) {
      this.simulatorRemap = requireNonNull(mode, "mode is null");
      return this;
    }

    /**
     * Builds the options from the settings collected so far.
     *
     * @return the options, immutable
     * @throws IllegalArgumentException if a path given belongs to another file system than
     *     {@link #fileSystem}
     */
    public ResolverOptions build() {
      return new ResolverOptions(this);
    }

    private static Path absolute(String what, Path folder) {
      requireNonNull(folder, (what.equals("search path") ? "folder" : what) + " is null");
      if (!folder.isAbsolute()) {
        throw new IllegalArgumentException(what + " \"" + folder + "\" must be an absolute path");
      }
      return folder;
    }

    private static int bounded(String what, int value, int max) {
      if (value < 1 || value > max) {
        throw new IllegalArgumentException(what + " (" + value + ") must be between 1 and " + max);
      }
      return value;
    }
  }
}
