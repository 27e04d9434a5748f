package dev.appsim.session.cli;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.diff.Change;
import dev.appsim.session.model.diff.DocumentDiff;
import dev.appsim.session.room.ManifestEntry;
import dev.appsim.session.room.MissingReference;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.RoomManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code session diff}: the semantic difference of two sessions or rooms as JSON Pointers with old
 * and new values. Exits like {@code diff(1)}: 0 equal, 1 different, 2 and above trouble.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compare two sessions or rooms (told apart by content) as documents, not bytes: every place where"
          + " they differ, as a JSON Pointer with the old and the new value. JSON and Smile encodings of one"
          + " session do not differ. Two rooms are also compared file by file (size, SHA-256, media type)"
          + " and by their missing references, as 'room /files/<path>/...' and 'room /missing/<path>/...'.",
      "Mesh arrays report their first differing element and their lengths. At most "
          + DocumentDiff.DEFAULT_LIMIT + " differences are listed, all are counted.",
      "Exit status 0 when equal, 1 when they differ, 2 on trouble (usage, a file that cannot be read),"
          + " 3 for an invalid or unsafe input, 5 for a damaged room: as diff(1), 1 never means failure here."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  session diff before.session after.session",
      "  session diff living-room.room living-room/session.json      # what unpacking changed: the paths",
      "  session diff --json a.room b.room | jq -r '.differences[].pointer'",
      "  session diff -q a.session b.session && echo same"
    })
final class DiffCommand extends CliCommand {
  /** Members of the room listing compared besides the session, under {@code room}. */
  private static final String FILES = "files";
  private static final String MISSING = "missing";

  @Parameters(index = "0", paramLabel = "<a>", description = "The first session or room (old); - reads standard input.")
  Path first;

  @Parameters(index = "1", paramLabel = "<b>", description = "The second session or room (new); - reads standard input.")
  Path second;

  @Option(names = "--json", description = "Print the differences as JSON (shape in docs/cli.md).")
  boolean json;

  /** The session and, for a room, its listing, as read from one input. */
  private record Side(SessionDocument session, @Nullable Map<String, Object> room) {}

  @Override
  String subject() {
    return "";
  }

  @Override
  boolean jsonOutput() {
    return json;
  }

  /** A failure to read one of the inputs, carrying its name for the message. */
  private static final class InputFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String input;

    InputFailure(String input, Exception cause) {
      super(cause);
      this.input = input;
    }
  }

  /** Trouble is 2 or more, never 1, which here means "different". */
  @Override
  Failure failure(Exception error) {
    Failure failure = error instanceof InputFailure f && f.getCause() != null
        ? Failure.of(f.getCause(), f.input) : Failure.of(error, "the input");
    return failure.exitCode() == ExitCode.FAILURE
        ? new Failure(ExitCode.USAGE, failure.message(), failure.details()) : failure;
  }

  @Override
  public Integer call() throws Exception {
    if (InputFiles.isDash(first) && InputFiles.isDash(second)) {
      throw usage("<a> and <b> are both standard input; at most one of them can be -");
    }
    Side a;
    Side b;
    try (InputFiles inputs = new InputFiles(context())) {
      a = read(first, inputs.readable(first));
      b = read(second, inputs.readable(second));
    }
    DocumentDiff session = DocumentDiff.between(a.session(), b.session());
    int remaining = Math.max(0, DocumentDiff.DEFAULT_LIMIT - session.changes().size());
    DocumentDiff room = a.room() != null && b.room() != null
        ? DocumentDiff.ofTrees(a.room(), b.room(), remaining) : DocumentDiff.ofTrees(Map.of(), Map.of(), 0);
    int count = session.count() + room.count();
    if (json) {
      out().print(Json.text(report(session, room, count)));
    } else if (!quiet()) {
      session.changes().forEach(c -> out().println(c));
      room.changes().forEach(c -> out().println("room " + c));
      int listed = session.changes().size() + room.changes().size();
      if (count > listed) {
        out().println("(" + (count - listed) + " more differences not listed)");
      }
    }
    out().flush();
    return count == 0 ? ExitCode.OK : ExitCode.FAILURE;
  }

  private Side read(Path given, Path file) throws InputFailure {
    try {
      if (InputKind.of(file) == InputKind.SESSION) {
        return new Side(SessionCodec.defaults().read(file), null);
      }
      try (Room room = Room.open(file)) {
        return new Side(room.session(), listing(room.manifest()));
      }
    } catch (RuntimeException | IOException e) {
      throw new InputFailure(InputFiles.displayName(given), e);
    }
  }

  /** The room's files but the session (compared as a document above) and its missing references, by path. */
  private static Map<String, Object> listing(RoomManifest manifest) {
    Map<String, Object> files = new LinkedHashMap<>();
    for (ManifestEntry e : manifest.entries()) {
      if (!e.path().equals(manifest.session())) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("size", e.size());
        file.put("sha256", e.sha256());
        file.put("mediaType", e.mediaType());
        files.put(e.path(), file);
      }
    }
    Map<String, Object> missing = new LinkedHashMap<>();
    for (MissingReference m : manifest.missing()) {
      Map<String, Object> record = new LinkedHashMap<>();
      MissingReference.InSession session = m instanceof MissingReference.InSession s ? s : null;
      MissingReference.InAsset asset = m instanceof MissingReference.InAsset a ? a : null;
      record.put("pointer", session == null ? null : session.pointer());
      record.put("referrer", asset == null ? null : asset.referrer());
      record.put("location", asset == null ? null : asset.location());
      missing.put(m.path(), record);
    }
    Map<String, Object> listing = new LinkedHashMap<>();
    listing.put(FILES, files);
    listing.put(MISSING, missing);
    return listing;
  }

  private ObjectNode report(DocumentDiff session, DocumentDiff room, int count) {
    ObjectNode root = Json.object();
    root.put("a", first.toString());
    root.put("b", second.toString());
    root.put("equal", count == 0);
    root.put("differenceCount", count);
    ArrayNode list = root.putArray("differences");
    add(list, "session", session.changes());
    add(list, "room", room.changes());
    return root;
  }

  private static void add(ArrayNode list, String in, List<Change> changes) {
    for (Change c : changes) {
      ObjectNode o = list.addObject();
      o.put("in", in);
      o.put("pointer", c.pointer());
      o.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
      o.set("old", c.kind() == Change.Kind.ADDED ? o.nullNode() : JsonValues.of(c.oldValue()));
      o.set("new", c.kind() == Change.Kind.REMOVED ? o.nullNode() : JsonValues.of(c.newValue()));
    }
  }
}
