package dev.appsim.session.room.path;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 *   <li>{@code home}: the folder {@code ~} stands for; default the {@code user.home} property.
 *   <li>{@code remaps}: tried in the order added; the <em>first</em> whose prefix matches is used
 *       and the others are not tried, so put more specific prefixes first.
 *   <li>{@code searchPaths}: folders searched by trailing components, in the order added.
 *   <li>{@code maxSearchComponents}: the longest trailing suffix tried in a search (default 8):
 *       a search costs at most {@code searchPaths.size() * maxSearchComponents} file look-ups.
 *   <li>{@code simulatorRemap}: whether a path into another user's simulator install is looked
 *       for in the install of the same version below {@code home} (default {@link
 *       SimulatorRemap#LOCAL_INSTALL}).
 * </ul>
 */
public final class ResolverOptions {
  /** Default of {@link Builder#maxSearchComponents(int)}. */
  public static final int DEFAULT_MAX_SEARCH_COMPONENTS = 8;

  private final Map<String, String> environment;
  private final Path home;
  private final List<PathRemap> remaps;
  private final List<Path> searchPaths;
  private final int maxSearchComponents;
  private final SimulatorRemap simulatorRemap;

  private ResolverOptions(Builder b) {
    this.environment = Map.copyOf(b.environment);
    this.home = b.home;
    this.remaps = List.copyOf(b.remaps);
    this.searchPaths = List.copyOf(b.searchPaths);
    this.maxSearchComponents = b.maxSearchComponents;
    this.simulatorRemap = b.simulatorRemap;
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
    b.environment = environment;
    b.home = home;
    b.remaps.addAll(remaps);
    b.searchPaths.addAll(searchPaths);
    b.maxSearchComponents = maxSearchComponents;
    b.simulatorRemap = simulatorRemap;
    return b;
  }

  public Map<String, String> environment() {
    return environment;
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

  public SimulatorRemap simulatorRemap() {
    return simulatorRemap;
  }

  /** Collects settings; {@link #build()} copies them. Not thread-safe. */
  public static final class Builder {
    private Map<String, String> environment = System.getenv();
    private Path home = Path.of(System.getProperty("user.home", "/")).toAbsolutePath();
    private final List<PathRemap> remaps = new ArrayList<>();
    private final List<Path> searchPaths = new ArrayList<>();
    private int maxSearchComponents = DEFAULT_MAX_SEARCH_COMPONENTS;
    private SimulatorRemap simulatorRemap = SimulatorRemap.LOCAL_INSTALL;

    private Builder() {}

    /** Replaces the variables (copied; the process environment is no longer consulted). */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
      return this;
    }

    /** The folder {@code ~} stands for; must be absolute. */
    public Builder home(Path home) {
      requireNonNull(home, "home is null");
      if (!home.isAbsolute()) {
        throw new IllegalArgumentException("home \"" + home + "\" must be an absolute path");
      }
      this.home = home;
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
      requireNonNull(folder, "folder is null");
      if (!folder.isAbsolute()) {
        throw new IllegalArgumentException("search path \"" + folder + "\" must be an absolute path");
      }
      searchPaths.add(folder);
      return this;
    }

    /** The longest trailing suffix tried by a search, 1 to 64. */
    public Builder maxSearchComponents(int max) {
      if (max < 1 || max > 64) {
        throw new IllegalArgumentException("maxSearchComponents (" + max + ") must be between 1 and 64");
      }
      this.maxSearchComponents = max;
      return this;
    }

    /** Whether paths into another user's simulator install are looked for in this one's; see {@link SimulatorRemap}. */
    public Builder simulatorRemap(SimulatorRemap mode) {
      this.simulatorRemap = requireNonNull(mode, "mode is null");
      return this;
    }

    public ResolverOptions build() {
      return new ResolverOptions(this);
    }
  }
}
