package dev.appsim.session.cli;

import dev.appsim.session.room.Room;
import dev.appsim.session.room.VerificationReport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code session verify}: every entry of a room against the sizes and SHA-256 in its manifest. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Read every entry of a room and compare its size and SHA-256 with the manifest; report entries"
          + " missing from either side.",
      "Exit status 0 when intact, 5 on any integrity problem, 3 when the file is not a safe room."
    })
final class VerifyCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "<in.room>", description = "The room to check.")
  Path room;

  @Option(names = "--json", description = "Print the report as JSON (shape in docs/cli.md).")
  boolean json;

  @Override
  String subject() {
    return room.toString();
  }

  @Override
  public Integer call() throws Exception {
    VerificationReport report;
    int listed;
    try (Room opened = Room.open(room)) {
      report = opened.verify();
      listed = opened.manifest().entries().size();
    }
    if (json) {
      ObjectNode root = Json.object();
      root.put("file", room.toString());
      root.put("intact", report.isIntact());
      root.put("entries", listed);
      root.put("checked", report.checked());
      ArrayNode problems = root.putArray("problems");
      report.problems().forEach(p -> problems.addObject().put("entry", p.entry()).put("message", p.message()));
      out().print(Json.text(root));
    } else if (report.isIntact()) {
      out().println(room + ": intact, " + report.checked() + " of " + listed + " entries checked");
    } else {
      out().println(room + ": " + report.problems().size() + (report.problems().size() == 1 ? " problem" : " problems")
          + ", " + report.checked() + " of " + listed + " entries checked:");
      report.problems().forEach(p -> out().println("  " + p));
    }
    out().flush();
    if (!report.isIntact()) {
      note(room + " failed verification; the file is damaged or was changed after packaging, get a fresh copy");
      return ExitCode.INTEGRITY;
    }
    return ExitCode.OK;
  }
}
