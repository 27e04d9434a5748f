package dev.appsim.session.cli;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.room.ManifestEntry;
import dev.appsim.session.room.MissingReference;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.RoomManifest;
import dev.appsim.session.room.error.IntegrityException;
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
          + " for a room, they are looked up among its files, which are listed with sizes.",
      "Several files are summarised one after the other; with --json one object per line."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  session info living-room.room",
      "  session info scene.session --remap 'C:\\Users\\ana\\MagicLeap=/home/bo/ml'",
      "  session info --json *.room | jq -r '[.file, .nodes.total] | @tsv'"
    })
final class InfoCommand extends CliCommand {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  @Parameters(arity = "1..*", paramLabel = "<file>",
      description = "A .session or .room file; - reads standard input (a session's relative paths are then"
          + " taken relative to the current directory).")
  List<Path> files;

  @Mixin ResolverMixin resolver;

  @Option(names = "--json", description = "Print each summary as JSON, one object per line (shape in docs/cli.md).")
  boolean json;

  private boolean first = true;

  @Override
  String subject() {
    return files.size() == 1 ? InputFiles.displayName(files.get(0)) : "";
  }

  @Override
  boolean jsonOutput() {
    return json;
  }

  @Override
  public Integer call() {
    return eachFile(files, this::summarise);
  }

  private int summarise(Path given, Path file) throws IOException {
    String name = InputFiles.displayName(given);
    ObjectNode root = Json.object();
    root.put("file", given.toString());
    boolean text = !json && !quiet();
    if (text && !first) {
      out().println();
    }
    first = false;
    if (InputKind.of(file) == InputKind.ROOM) {
      try (Room room = Room.open(file)) {
        root.put("type", "room");
        SessionSummary summary = roomSummary(room);
        summary.addTo(root);
        addRoom(root, room.manifest());
        if (text) {
          printRoom(name, room.manifest());
          summary.print(out());
        }
      }
    } else {
      root.put("type", "session");
      // A session read from standard input has no folder of its own: relative paths start here.
      Path folder = InputFiles.isDash(given) ? Path.of("").toAbsolutePath()
          : file.toAbsolutePath().normalize().getParent();
      SessionSummary summary = sessionSummary(file, folder);
      summary.addTo(root);
      root.putNull("room");
      if (text) {
        out().println("Session   " + name);
        summary.print(out());
      }
    }
    if (json) {
      printLine(root);
    }
    out().flush();
    return ExitCode.OK;
  }

  private SessionSummary sessionSummary(Path file, Path folder) throws IOException {
    SessionFormat encoding = InputKind.sessionEncoding(file);
    SessionDocument doc = CODEC.read(file);
    PathResolver paths = new PathResolver(resolver.options(context()));
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
    SessionFormat encoding = manifest.sessionFormat();
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
      // The JSON shape has every member for both kinds, null where the kind has no such site.
      MissingReference.InSession session = m instanceof MissingReference.InSession s ? s : null;
      MissingReference.InAsset asset = m instanceof MissingReference.InAsset a ? a : null;
      missing.addObject().put("path", m.path()).put("pointer", session == null ? null : session.pointer())
          .put("referrer", asset == null ? null : asset.referrer())
          .put("location", asset == null ? null : asset.location()).put("original", m.original());
    }
  }

  private void printRoom(String name, RoomManifest manifest) {
    out().println("Room      " + name + " (room format " + manifest.formatVersion() + ", packaged by "
        + manifest.generator().name() + " " + manifest.generator().version() + ")");
    out().println("Files     " + manifest.entries().size() + ", " + ProgressBar.size(manifest.totalSize())
        + " uncompressed; session in " + manifest.session());
    int width = manifest.entries().stream().mapToInt(e -> e.path().length()).max().orElse(0);
    for (ManifestEntry e : manifest.entries()) {
      out().println(String.format(Locale.ROOT, "  %-" + width + "s %10d B  %s", e.path(), e.size(), e.mediaType()));
    }
    if (!manifest.missing().isEmpty()) {
      out().println("Missing   " + manifest.missing().size() + " references were missing when packaged:");
      for (MissingReference m : manifest.missing()) {
        String site = m instanceof MissingReference.InAsset a ? a.referrer() + " " + a.location()
            : "session " + ((MissingReference.InSession) m).pointer();
        out().println("  " + site + ": " + m.path() + (m.original() == null ? "" : " (was " + m.original() + ")"));
      }
    }
  }
}
