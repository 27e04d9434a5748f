package dev.appsim.session.cli;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.room.IntegrityException;
import dev.appsim.session.room.ManifestEntry;
import dev.appsim.session.room.MissingReference;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.RoomManifest;
import dev.appsim.session.room.path.PathResolver;
import dev.appsim.session.room.path.Resolution;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code session info}: a summary of a session or a room, told apart by content. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Summarise a .session or a .room (told apart by content, not name): nodes by kind, lights,"
          + " geometry cache blocks, vertices, triangles and planes, and whether every referenced file is present.",
      "For a session, files are resolved as 'package' would (use --remap, --search-path, --env);"
          + " for a room, they are looked up among its entries, which are listed with sizes."
    })
final class InfoCommand extends CliCommand {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  @Parameters(index = "0", paramLabel = "<file>", description = "A .session or .room file.")
  Path file;

  @Mixin ResolverMixin resolver;

  @Option(names = "--json", description = "Print the summary as JSON (shape in docs/cli.md).")
  boolean json;

  @Override
  String subject() {
    return file.toString();
  }

  @Override
  public Integer call() throws Exception {
    ObjectNode root = Json.object();
    root.put("file", file.toString());
    if (InputKind.of(file) == InputKind.ROOM) {
      try (Room room = Room.open(file)) {
        root.put("type", "room");
        SessionSummary summary = roomSummary(room);
        summary.addTo(root);
        addRoom(root, room.manifest());
        if (!json) {
          printRoom(room.manifest());
          summary.print(out());
        }
      }
    } else {
      root.put("type", "session");
      SessionSummary summary = sessionSummary();
      summary.addTo(root);
      root.putNull("room");
      if (!json) {
        out().println("Session   " + file);
        summary.print(out());
      }
    }
    if (json) {
      out().print(Json.text(root));
    }
    out().flush();
    return ExitCode.OK;
  }

  private SessionSummary sessionSummary() throws IOException {
    SessionFormat encoding = InputKind.sessionEncoding(file);
    SessionDocument doc = CODEC.read(file);
    PathResolver paths = new PathResolver(resolver.options(context()));
    Path folder = file.toAbsolutePath().normalize().getParent();
    List<AssetStatus> assets = new ArrayList<>();
    GeometryCache cache = doc.geometryCache() instanceof GeometryCache inline ? inline : null;
    for (AssetRef ref : doc.assetRefs()) {
      Resolution r = paths.resolve(ref.path(), folder);
      AssetStatus.State state = switch (r.status()) {
        case FOUND -> AssetStatus.State.PRESENT;
        case AMBIGUOUS -> AssetStatus.State.AMBIGUOUS;
        case MISSING -> AssetStatus.State.MISSING;
      };
      assets.add(new AssetStatus(ref, state, r.isFound() ? r.file().toString() : null));
      if (r.isFound() && doc.geometryCache() instanceof ExternalGeometryCache
          && ref.pointer().equals("/geometryCache/source")) {
        cache = readSidecar(r.file().toString(), () -> CODEC.readGeometryCache(r.file()));
      }
    }
    return new SessionSummary(doc, encoding, assets, cache);
  }

  private static SessionSummary roomSummary(Room room) throws IOException {
    SessionDocument doc = room.session();
    RoomManifest manifest = room.manifest();
    List<AssetStatus> assets = new ArrayList<>();
    GeometryCache cache = doc.geometryCache() instanceof GeometryCache inline ? inline : null;
    for (AssetRef ref : doc.assetRefs()) {
      boolean present = manifest.entry(ref.path()).isPresent();
      assets.add(new AssetStatus(ref, present ? AssetStatus.State.PRESENT : AssetStatus.State.MISSING,
          present ? ref.path() : null));
      if (present && ref.pointer().equals("/geometryCache/source")) {
        cache = readSidecar(ref.path(), () -> {
          try (InputStream in = room.openEntry(ref.path())) {
            return CODEC.readGeometryCache(in);
          }
        });
      }
    }
    SessionFormat encoding = manifest.session().endsWith(".smile") ? SessionFormat.SMILE : SessionFormat.JSON;
    return new SessionSummary(doc, encoding, assets, cache);
  }

  /** Reads a sidecar. */
  interface SidecarRead {
    GeometryCache read() throws IOException;
  }

  /** Reads a sidecar; its own failures name the sidecar ({@link SidecarException}), not the session. */
  static GeometryCache readSidecar(String where, SidecarRead read) throws IOException {
    try {
      return read.read();
    } catch (IntegrityException e) {
      throw e;
    } catch (SessionException e) {
      throw new SidecarException(where, e);
    }
  }

  private static void addRoom(ObjectNode root, RoomManifest manifest) {
    ObjectNode room = root.putObject("room");
    room.put("formatVersion", manifest.formatVersion().toString());
    room.putObject("generator").put("name", manifest.generator().name()).put("version", manifest.generator().version());
    room.put("sessionEntry", manifest.session());
    room.put("entryCount", manifest.entries().size());
    room.put("totalBytes", manifest.totalSize());
    ArrayNode entries = room.putArray("entries");
    for (ManifestEntry e : manifest.entries()) {
      entries.addObject().put("path", e.path()).put("size", e.size()).put("sha256", e.sha256())
          .put("mediaType", e.mediaType());
    }
    ArrayNode missing = room.putArray("missing");
    for (MissingReference m : manifest.missing()) {
      missing.addObject().put("path", m.path()).put("pointer", m.pointer()).put("referrer", m.referrer())
          .put("location", m.location()).put("original", m.original());
    }
  }

  private void printRoom(RoomManifest manifest) {
    out().println("Room      " + file + " (room format " + manifest.formatVersion() + ", packaged by "
        + manifest.generator().name() + " " + manifest.generator().version() + ")");
    out().println("Entries   " + manifest.entries().size() + ", " + ProgressBar.size(manifest.totalSize())
        + " uncompressed; session in " + manifest.session());
    int width = manifest.entries().stream().mapToInt(e -> e.path().length()).max().orElse(0);
    for (ManifestEntry e : manifest.entries()) {
      out().println(String.format(Locale.ROOT, "  %-" + width + "s %10d B  %s", e.path(), e.size(), e.mediaType()));
    }
    if (!manifest.missing().isEmpty()) {
      out().println("Missing   " + manifest.missing().size() + " references were missing when packaged:");
      for (MissingReference m : manifest.missing()) {
        out().println("  " + (m.referrer() == null ? "session " + m.pointer() : m.referrer() + " " + m.location())
            + ": " + m.path() + (m.original() == null ? "" : " (was " + m.original() + ")"));
      }
    }
  }
}
