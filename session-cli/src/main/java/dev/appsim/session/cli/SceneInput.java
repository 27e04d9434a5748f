package dev.appsim.session.cli;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.path.PathResolver;
import dev.appsim.session.room.path.Resolution;
import dev.appsim.session.room.path.ResolverOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A session to look at, from a {@code .session} or a {@code .room}, with its geometry cache: the
 * inline one, or the external sidecar read from the room's entry or resolved like {@code package}
 * resolves it (relative to the session file, or through {@code --remap}, {@code --search-path},
 * {@code --env}).
 *
 * <p>A sidecar that cannot be read raises {@link SidecarException}, as {@code info} does.
 *
 * @param cache the cache to show, or null when there is none or the sidecar was not found
 * @param missingSidecar the sidecar's path as written when it could not be found, else null
 */
record SceneInput(SessionDocument doc, @Nullable GeometryCache cache, @Nullable String missingSidecar) {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  static SceneInput load(Path file, ResolverOptions resolution) throws IOException {
    if (InputKind.of(file) == InputKind.ROOM) {
      try (Room room = Room.open(file)) {
        SessionDocument doc = room.session();
        if (doc.geometryCache() instanceof ExternalGeometryCache external) {
          String entry = external.source();
          if (room.manifest().entry(entry).isEmpty()) {
            return new SceneInput(doc, null, entry);
          }
          return new SceneInput(doc, InfoCommand.readSidecar(entry, () -> {
            try (InputStream in = room.openEntry(entry)) {
              return CODEC.readGeometryCache(in);
            }
          }), null);
        }
        return inline(doc);
      }
    }
    SessionDocument doc = CODEC.read(file);
    if (doc.geometryCache() instanceof ExternalGeometryCache external) {
      Path folder = file.toAbsolutePath().normalize().getParent();
      Resolution r = new PathResolver(resolution).resolve(external.source(), folder);
      if (!r.isFound()) {
        return new SceneInput(doc, null, external.source());
      }
      return new SceneInput(doc, InfoCommand.readSidecar(r.file().toString(), () -> CODEC.readGeometryCache(r.file())), null);
    }
    return inline(doc);
  }

  private static SceneInput inline(SessionDocument doc) {
    return new SceneInput(doc, doc.geometryCache() instanceof GeometryCache c ? c : null, null);
  }

  /**
   * Loads {@code input} for {@code command}; when its sidecar cannot be found, says so on stderr
   * and returns null, or with {@code allowMissing} warns and goes on without it.
   *
   * @param verb what the command does, e.g. "draw"; {@code gerund} the same as "drawing"
   */
  static @Nullable SceneInput loadFor(CliCommand command, Path input, ResolverOptions resolution, boolean allowMissing,
      String verb, String gerund) throws IOException {
    SceneInput scene = load(input, resolution);
    if (scene.missingSidecar() == null) {
      return scene;
    }
    if (!allowMissing) {
      command.note("the geometry cache of " + input + ", \"" + scene.missingSidecar() + "\", cannot be found;"
          + " add --remap FROM=TO, --search-path DIR or --env NAME=VALUE, or pass --allow-missing to " + verb
          + " without it");
      return null;
    }
    command.note("warning: the geometry cache \"" + scene.missingSidecar() + "\" was not found; " + gerund + " without it");
    return scene;
  }

}
