package dev.appsim.session.cli;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.room.IntegrityException;
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
          return new SceneInput(doc, sidecar(entry, () -> {
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
      return new SceneInput(doc, sidecar(r.file().toString(), () -> CODEC.readGeometryCache(r.file())), null);
    }
    return inline(doc);
  }

  private static SceneInput inline(SessionDocument doc) {
    return new SceneInput(doc, doc.geometryCache() instanceof GeometryCache c ? c : null, null);
  }

  /** Reads a sidecar. */
  private interface Read {
    GeometryCache read() throws IOException;
  }

  // A broken sidecar is reported as such, not as a broken session.
  private static GeometryCache sidecar(String where, Read read) throws IOException {
    try {
      return read.read();
    } catch (IntegrityException e) {
      throw e;
    } catch (SessionException e) {
      throw new SidecarException(where, e);
    }
  }

  /** The one-line error for a sidecar that was not found, after the command's name. */
  String missingMessage(String subject, String without) {
    return "the geometry cache of " + subject + ", \"" + missingSidecar + "\", cannot be found; add --remap FROM=TO,"
        + " --search-path DIR or --env NAME=VALUE, or pass --allow-missing to " + without;
  }
}
