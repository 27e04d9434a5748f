package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.asset.AssetScanner;
import dev.appsim.session.room.internal.Discovery;
import dev.appsim.session.room.path.PathResolver;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Finds every file a session needs without packaging anything: resolves the session's references
 * and follows the references inside its assets (glTF and GLB URIs, OBJ {@code mtllib}, MTL
 * texture maps), recording every attempt. It reads the session and the assets that can hold
 * references, and nothing else: no file is hashed or rewritten and no session is encoded, so it
 * is what {@code session deps} and {@code session info} run. Immutable and thread-safe.
 *
 * <pre>{@code
 * DependencyGraph graph = new DependencyDiscoverer(options).discover(Path.of("living-room.session"));
 * graph.unresolved().forEach(r -> System.out.println(r.site() + ": " + r.resolution().explain()));
 * PackingPlan plan = new RoomPlanner(options).plan(graph);   // hashing and naming happen here
 * }</pre>
 */
public final class DependencyDiscoverer {
  private final PackageOptions options;

  /**
   * A discoverer resolving with {@code options.resolver()}, reading with {@code options.codec()} and
   * {@code options.assetLimits()}.
   *
   * @param options the packaging options; only the resolver, codec and asset limits are used here
   */
  public DependencyDiscoverer(PackageOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /**
   * Reads {@code sessionFile} and discovers its dependencies.
   *
   * @param sessionFile the {@code .session} file; relative paths in it resolve against its folder
   * @return every reference with its resolution, and the notices of what was not followed
   * @throws dev.appsim.session.model.SessionException if the session or an asset is malformed
   * @throws dev.appsim.session.room.path.HostEncodingException if this JVM cannot represent the
   *     name of a file the session needs
   * @throws IOException if a file cannot be read
   */
  public DependencyGraph discover(Path sessionFile) throws IOException {
    return discover(options.codec().read(sessionFile), sessionFile);
  }

  /**
   * Discovers the dependencies of {@code document}, resolving relative paths against
   * {@code sessionFile}'s folder. The file itself is not read: it only places the session.
   *
   * @param document the session, already read
   * @param sessionFile where the session lives (made absolute and normalised)
   * @return every reference with its resolution, and the notices of what was not followed
   * @throws dev.appsim.session.model.SessionException if an asset is malformed
   * @throws dev.appsim.session.room.path.HostEncodingException if this JVM cannot represent the
   *     name of a file the session needs
   * @throws IOException if an asset cannot be read
   */
  public DependencyGraph discover(SessionDocument document, Path sessionFile) throws IOException {
    requireNonNull(document, "document is null");
    Path absolute = requireNonNull(sessionFile, "sessionFile is null").toAbsolutePath().normalize();
    Discovery.Result found = new Discovery(new PathResolver(options.resolver()),
        AssetScanner.create(options.assetLimits()), options.write().threads()).discover(document, absolute.getParent());
    return new DependencyGraph(absolute, document, found.references(), found.notices(), found.layouts());
  }
}
