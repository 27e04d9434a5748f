package dev.appsim.session.cli;

import dev.appsim.session.room.Room;
import dev.appsim.session.room.VerificationReport;
import dev.appsim.session.room.VerificationReport.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code session verify}: is this room whole and safe to open? Runs every check that opening,
 * reading and unpacking the room make (and the sidecar), reports every problem, and says what it checked.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Check that a room is whole and safe to open: its zip structure and names, every entry's size and"
          + " SHA-256 against the manifest, entries missing from either side, that the session reads and"
          + " validates, that every path in it stays inside the room, that an external geometry cache"
          + " reads, and that every reference inside a packaged glTF, GLB, OBJ or MTL file stays inside the"
          + " room. Lists every problem and what was checked.",
      "Several rooms are checked one after the other, one result each; with --json one object per line.",
      "Exit status 0 when intact, 5 when only sizes, hashes or the listing disagree, 3 when the room is"
          + " unsafe or its session, geometry cache or a packaged asset is invalid; for several rooms the"
          + " most severe (1, 3, 5)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  session verify living-room.room",
      "  session verify --quiet downloads/*.room || echo 'a room is damaged or unsafe'",
      "  session verify --json living-room.room | jq '.checks[] | select(.outcome != \"passed\")'"
    })
final class VerifyCommand extends CliCommand {
  @Parameters(arity = "1..*", paramLabel = "<in.room>", description = "The rooms to check; - reads standard input.")
  List<Path> rooms;

  @Option(names = "--json", description = "Print each report as JSON, one object per line (shape in docs/cli.md).")
  boolean json;

  @Override
  String subject() {
    return rooms.size() == 1 ? InputFiles.displayName(rooms.get(0)) : "";
  }

  @Override
  boolean jsonOutput() {
    return json;
  }

  @Override
  public Integer call() {
    return eachFile(rooms, this::verify);
  }

  private int verify(Path given, Path room) throws IOException {
    String name = InputFiles.displayName(given);
    VerificationReport report;
    int listed;
    try (Room opened = Room.open(room)) {
      report = opened.verify();
      listed = opened.manifest().entries().size();
    }
    if (json) {
      printLine(json(given, report, listed));
    } else if (!quiet()) {
      text(name, report, listed);
    }
    out().flush();
    if (report.isIntact()) {
      return ExitCode.OK;
    }
    if (report.has(Kind.UNSAFE) || report.has(Kind.INVALID)) {
      note(name + " failed verification: it is not a safe, valid room; do not unpack it with other tools and ask"
          + " for it to be packaged again");
      return ExitCode.INVALID;
    }
    note(name + " failed verification; the file is damaged or was changed after packaging, get a fresh copy");
    return ExitCode.INTEGRITY;
  }

  private void text(String name, VerificationReport report, int listed) {
    String files = report.checked() + " of " + listed + " files checked";
    if (report.isIntact()) {
      out().println(name + ": intact, " + files);
    } else {
      int n = report.problemCount();
      out().println(name + ": " + n + (n == 1 ? " problem" : " problems") + ", " + files + ":");
      report.problems().forEach(p -> out().println("  " + p));
      if (n > report.problems().size()) {
        out().println("  (" + (n - report.problems().size()) + " more not listed)");
      }
      out().println("Checks:");
    }
    for (VerificationReport.Check c : report.checks()) {
      out().println(String.format(Locale.ROOT, "  %-7s %s: %s", lower(c.outcome()), c.name(), c.detail()));
    }
  }

  private static ObjectNode json(Path given, VerificationReport report, int listed) {
    ObjectNode root = Json.object();
    root.put("file", given.toString());
    root.put("intact", report.isIntact());
    root.put("entries", listed);
    root.put("checked", report.checked());
    ArrayNode problems = root.putArray("problems");
    report.problems().forEach(p -> problems.addObject().put("entry", p.entry()).put("message", p.message())
        .put("kind", lower(p.kind())));
    root.put("problemCount", report.problemCount());
    ArrayNode checks = root.putArray("checks");
    report.checks().forEach(c -> checks.addObject().put("name", c.name()).put("outcome", lower(c.outcome()))
        .put("detail", c.detail()));
    return root;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
