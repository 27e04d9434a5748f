package dev.appsim.session.cli;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormatException;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionValidationException;
import dev.appsim.session.model.Violation;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.error.UnsafeReferenceException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code session validate}: every rule a session breaks, each with its JSON Pointer. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Check a session (or the session inside a room) against the format and list every violation"
          + " with its JSON Pointer, and line and column where the text cannot be read. In a room, every"
          + " path must also name an entry of the room or a recorded missing reference.",
      "Several files are checked one after the other, one result each; with --json one object per line.",
      "Exit status 0 when every file is valid, 3 when one is not (1 when one cannot be read)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  session validate living-room.session",
      "  session validate --json scenes/*.session | jq -c 'select(.valid == false)'",
      "  cat shared.room | session validate -"
    })
final class ValidateCommand extends CliCommand {
  @Parameters(arity = "1..*", paramLabel = "<file>",
      description = "A .session file, or a .room whose session to check; - reads standard input.")
  List<Path> files;

  @Option(names = "--json", description = "Print each result as JSON, one object per line (shape in docs/cli.md).")
  boolean json;

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
    return eachFile(files, this::validate);
  }

  private int validate(Path given, Path file) throws IOException {
    String name = InputFiles.displayName(given);
    InputKind kind = InputKind.of(file);
    List<Finding> findings = new ArrayList<>();
    long omitted = 0;
    SessionDocument valid = null;
    try {
      valid = read(kind, file);
    } catch (SessionValidationException e) {
      e.violations().forEach(v -> findings.add(new Finding(v, -1, -1)));
      omitted = e.omitted();
    } catch (SessionFormatException e) {
      findings.add(new Finding(new Violation(e.pointer(), e.reason()), e.line(), e.column()));
    } catch (UnsafeReferenceException e) {
      // A room's session whose paths leave the room: each is a violation at its pointer.
      e.violations().forEach(v -> findings.add(new Finding(v, -1, -1)));
    }
    long total = findings.size() + omitted;
    if (json) {
      printLine(report(given, kind, findings, omitted));
    } else if (valid != null) {
      report(name + ": valid session (format " + valid.formatVersion() + ", " + valid.scene().size() + " nodes, "
          + valid.assetRefs().size() + " file references)");
    } else {
      report(name + ": invalid session, " + total + (total == 1 ? " violation:" : " violations:"));
      for (Finding f : findings) {
        report("  " + where(f) + ": " + f.violation().message());
      }
      if (omitted > 0) {
        report(String.format(java.util.Locale.ROOT, "  ... and %,d more", omitted));
      }
    }
    out().flush();
    if (!findings.isEmpty()) {
      note(name + " is not a valid session; fix the " + (findings.size() == 1 ? "violation" : "violations")
          + " listed on stdout");
      return ExitCode.INVALID;
    }
    return ExitCode.OK;
  }

  private static SessionDocument read(InputKind kind, Path file) throws IOException {
    if (kind == InputKind.SESSION) {
      return SessionCodec.defaults().read(file);
    }
    try (Room room = Room.open(file)) {
      return room.session();
    }
  }

  private static ObjectNode report(Path given, InputKind kind, List<Finding> findings, long omitted) {
    ObjectNode root = Json.object();
    root.put("file", given.toString());
    root.put("type", kind == InputKind.ROOM ? "room" : "session");
    root.put("valid", findings.isEmpty());
    ArrayNode list = root.putArray("violations");
    for (Finding f : findings) {
      ObjectNode o = list.addObject().put("pointer", f.violation().pointer()).put("message", f.violation().message());
      if (f.line() > 0) {
        o.put("line", f.line()).put("column", f.column());
      } else {
        o.putNull("line").putNull("column");
      }
    }
    root.put("omittedViolations", omitted);
    return root;
  }

  private static String where(Finding f) {
    String pointer = f.violation().pointer().isEmpty() ? "/" : f.violation().pointer();
    return f.line() > 0 ? pointer + " (line " + f.line() + ", column " + f.column() + ")" : pointer;
  }
}
