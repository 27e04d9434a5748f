package dev.appsim.session.room.path;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application simulator's installs below one home folder, in the layout the simulator uses on
 * Windows, macOS and Linux: {@code <home>/MagicLeap/tools/zi/<version>VirtualDevice}, one folder
 * per installed version, whose {@code data/VirtualRooms/ExampleRooms} is where the simulator saves
 * and opens sessions by default.
 *
 * <pre>{@code
 * SimulatorInstalls installs = SimulatorInstalls.ofUser(System.getenv());
 * Optional<String> newest = installs.newest();                       // "1.6.0"
 * Path rooms = installs.exampleRooms("1.6.0");                        // ~/MagicLeap/tools/zi/1.6.0VirtualDevice/data/VirtualRooms/ExampleRooms
 * Optional<SimulatorInstalls.InstallPath> p = SimulatorInstalls.parse(
 *     RawPathParser.parse("C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice\\data\\models\\sofa.gltf"));
 * // version "1.6.0", below ["data", "models", "sofa.gltf"]
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call looks at the file system afresh.
 */
public final class SimulatorInstalls {
  /** The folders from a home folder to the installs. */
  public static final List<String> INSTALLS_BELOW_HOME = List.of("MagicLeap", "tools", "zi");
  /** The folders from an install to the simulator's default folder for sessions. */
  public static final List<String> EXAMPLE_ROOMS_BELOW_INSTALL = List.of("data", "VirtualRooms", "ExampleRooms");

  /** A version as the install folders name them: numbers separated by dots, {@code 1.6.0}. */
  private static final Pattern VERSION = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9}){0,3}");
  private static final Pattern INSTALL_FOLDER = Pattern.compile("(" + VERSION.pattern() + ")VirtualDevice");
  private static final String SUFFIX = "VirtualDevice";

  private final Path home;

  private SimulatorInstalls(Path home) {
    this.home = requireNonNull(home, "home is null");
  }

  /**
   * {@return the installs below the home folder {@code home}}
   *
   * @param home a user's home folder; it need not exist
   */
  public static SimulatorInstalls under(Path home) {
    return new SimulatorInstalls(home);
  }

  /**
   * The installs of the user whose environment this is: below {@code HOME}, or {@code USERPROFILE}
   * on Windows, or the JVM's {@code user.home} when neither is set. Taken from the environment so
   * that a tool and its tests can say which user's installs they mean.
   *
   * @param environment the environment to read {@code HOME} and {@code USERPROFILE} from; blank
   *     values count as unset
   * @return the installs below that user's home folder
   */
  public static SimulatorInstalls ofUser(Map<String, String> environment) {
    requireNonNull(environment, "environment is null");
    for (String name : List.of("HOME", "USERPROFILE")) {
      String value = environment.get(name);
      if (value != null && !value.isBlank()) {
        return under(Path.of(value));
      }
    }
    return under(Path.of(System.getProperty("user.home")));
  }

  /**
   * {@return whether {@code version} has the form of an install's version ({@code 1.6.0})}
   *
   * @param version one to four numbers of up to nine digits, separated by dots
   */
  public static boolean isVersion(String version) {
    return VERSION.matcher(requireNonNull(version, "version is null")).matches();
  }

  /** {@return the home folder these installs are below} */
  public Path home() {
    return home;
  }

  /** {@return {@code <home>/MagicLeap/tools/zi}, which holds one folder per installed version} */
  public Path root() {
    Path root = home;
    for (String folder : INSTALLS_BELOW_HOME) {
      root = root.resolve(folder);
    }
    return root;
  }

  /**
   * {@return {@code <home>/MagicLeap/tools/zi/<version>VirtualDevice}, whether installed or not}
   *
   * @param version an install's version, {@code 1.6.0}
   * @throws IllegalArgumentException if {@code version} does not have a version's form ({@link #isVersion})
   */
  public Path install(String version) {
    if (!isVersion(version)) {
      throw new IllegalArgumentException("version \"" + version + "\" must be numbers separated by dots, like 1.6.0");
    }
    return root().resolve(version + SUFFIX);
  }

  /**
   * {@return whether {@code version} is installed: its install folder exists}
   *
   * @param version an install's version, {@code 1.6.0}
   * @throws IllegalArgumentException if {@code version} does not have a version's form ({@link #isVersion})
   */
  public boolean isInstalled(String version) {
    return Files.isDirectory(install(version));
  }

  /**
   * {@return {@code <install>/data/VirtualRooms/ExampleRooms} of {@code version}, whether it exists or not}
   *
   * @param version an install's version, {@code 1.6.0}
   * @throws IllegalArgumentException if {@code version} does not have a version's form ({@link #isVersion})
   */
  public Path exampleRooms(String version) {
    Path folder = install(version);
    for (String name : EXAMPLE_ROOMS_BELOW_INSTALL) {
      folder = folder.resolve(name);
    }
    return folder;
  }

  /**
   * The installed versions, oldest first, compared number by number ({@code 1.10.0} is newer than
   * {@code 1.9.2}); empty when nothing is installed.
   *
   * @return the versions, a new mutable list
   * @throws IOException if the installs' folder exists but cannot be listed
   */
  public List<String> versions() throws IOException {
    Path root = root();
    List<String> found = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return found;
    }
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
      for (Path folder : folders) {
        Matcher m = INSTALL_FOLDER.matcher(folder.getFileName().toString());
        if (m.matches()) {
          found.add(m.group(1));
        }
      }
    }
    found.sort(VERSION_ORDER);
    return found;
  }

  /**
   * {@return the newest installed version, or empty when none is installed}
   *
   * @throws IOException if the installs' folder exists but cannot be listed
   */
  public Optional<String> newest() throws IOException {
    List<String> versions = versions();
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  /** Versions number by number; {@code 1.6} before {@code 1.6.0}. */
  public static final Comparator<String> VERSION_ORDER = (a, b) -> {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  };

  /**
   * A path into a simulator install, as saved on any machine: the version and the segments below
   * the install folder.
   *
   * @param prefix the path up to and including the install folder, as written
   *     ({@code C:\Users\ana\MagicLeap\tools\zi\1.6.0VirtualDevice})
   * @param version the install's version, {@code 1.6.0}
   * @param below the segments after {@code <version>VirtualDevice}, e.g. {@code [data, models, sofa.gltf]}
   */
  public record InstallPath(RawPath prefix, String version, List<String> below) {
    /**
     * Checks the components and copies {@code below}.
     *
     * @param prefix the path up to and including the install folder, as written
     *     ({@code C:\Users\ana\MagicLeap\tools\zi\1.6.0VirtualDevice})
     * @param version the install's version, {@code 1.6.0}
     * @param below the segments after {@code <version>VirtualDevice}, e.g. {@code [data, models, sofa.gltf]}
     * @throws NullPointerException if a component is {@code null}
     */
    public InstallPath {
      requireNonNull(prefix, "prefix is null");
      requireNonNull(version, "version is null");
      below = List.copyOf(requireNonNull(below, "below is null"));
    }
  }

  /**
   * Whether {@code path} leads into a simulator install of any user on any system: an absolute
   * path (Windows drive, UNC or POSIX) with the segments {@code MagicLeap/tools/zi/<version>VirtualDevice}
   * somewhere, compared ignoring case as Windows and macOS do, and at least one segment after them.
   *
   * @param path a parsed path; relative and {@code ~} paths never lead into an install
   * @return the install it leads into (the first match from the root), or empty
   */
  public static Optional<InstallPath> parse(RawPath path) {
    requireNonNull(path, "path is null");
    if (path.kind() == RawPath.Kind.RELATIVE || path.kind() == RawPath.Kind.HOME) {
      return Optional.empty();
    }
    List<String> s = path.segments();
    int n = INSTALLS_BELOW_HOME.size();
    for (int i = 0; i + n < s.size() - 1; i++) {
      boolean match = true;
      for (int k = 0; k < n && match; k++) {
        match = s.get(i + k).equalsIgnoreCase(INSTALLS_BELOW_HOME.get(k));
      }
      if (!match) {
        continue;
      }
      String folder = s.get(i + n);
      if (folder.length() > SUFFIX.length()
          && folder.regionMatches(true, folder.length() - SUFFIX.length(), SUFFIX, 0, SUFFIX.length())) {
        String version = folder.substring(0, folder.length() - SUFFIX.length());
        if (isVersion(version)) {
          RawPath prefix = new RawPath(path.kind(), path.root(), s.subList(0, i + n + 1));
          return Optional.of(new InstallPath(prefix, version, s.subList(i + n + 1, s.size())));
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "simulator installs below " + root();
  }
}
