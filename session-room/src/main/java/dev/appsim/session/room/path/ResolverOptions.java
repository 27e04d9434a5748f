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

  /** Options with the process environment, the user's home, no remaps and no search paths. */
  public static ResolverOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
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

  public FileSystem fileSystem() {
    return fileSystem;
  }

  public Map<String, String> environment() {
    return environment;
  }

  public Path variableBase() {
    return variableBase;
  }

  public Path home() {
    return home;
  }

  public List<PathRemap> remaps() {
    return remaps;
  }

  public List<Path> searchPaths() {
    return searchPaths;
  }

  public int maxSearchComponents() {
    return maxSearchComponents;
  }

  public int maxSearchDepth() {
    return maxSearchDepth;
  }

  public int maxSearchFiles() {
    return maxSearchFiles;
  }

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
     */
    public Builder fileSystem(FileSystem fileSystem) {
      this.fileSystem = requireNonNull(fileSystem, "fileSystem is null");
      return this;
    }

    /** Replaces the variables (copied; the process environment is no longer consulted). */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
      return this;
    }

    /** The folder a relative variable value at the start of a path is taken from; must be absolute. */
    public Builder variableBase(Path folder) {
      this.variableBase = absolute("variableBase", folder);
      return this;
    }

    /** The folder {@code ~} stands for; must be absolute. */
    public Builder home(Path home) {
      this.home = absolute("home", home);
      return this;
    }

    /** Appends a remap; see {@link PathRemap#of}. */
    public Builder addRemap(String from, Path to) {
      return addRemap(PathRemap.of(from, to));
    }

    /** Appends a remap, tried after those added before it. */
    public Builder addRemap(PathRemap remap) {
      remaps.add(requireNonNull(remap, "remap is null"));
      return this;
    }

    /** Appends a search folder; must be absolute. */
    public Builder addSearchPath(Path folder) {
      searchPaths.add(absolute("search path", folder));
      return this;
    }

    /** The longest trailing suffix compared by a search, 1 to 64. */
    public Builder maxSearchComponents(int max) {
      this.maxSearchComponents = bounded("maxSearchComponents", max, 64);
      return this;
    }

    /** How many folder levels below a search path are walked, 1 to 256. */
    public Builder maxSearchDepth(int max) {
      this.maxSearchDepth = bounded("maxSearchDepth", max, 256);
      return this;
    }

    /** How many files below one search path are indexed, 1 to 10,000,000. */
    public Builder maxSearchFiles(int max) {
      this.maxSearchFiles = bounded("maxSearchFiles", max, 10_000_000);
      return this;
    }

    /** Whether paths into another user's simulator install are looked for in this one's; see {@link SimulatorRemap}. */
    public Builder simulatorRemap(SimulatorRemap mode) {
      this.simulatorRemap = requireNonNull(mode, "mode is null");
      return this;
    }

    /**
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
