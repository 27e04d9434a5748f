package dev.appsim.session.cli;

import dev.appsim.session.codec.SessionSchema;
import picocli.CommandLine.Command;

/** {@code session schema}: the JSON Schema of the JSON form of a session. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print the JSON Schema (draft 2020-12) of the JSON form of a session, for non-Java tools.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  session schema > session.schema.json",
      "  session schema | jq '.properties | keys'"
    })
final class SchemaCommand extends CliCommand {
  @Override
  String subject() {
    return "";
  }

  @Override
  public Integer call() {
    String schema = SessionSchema.text();
    out().print(schema.endsWith("\n") ? schema : schema + "\n");
    out().flush();
    return ExitCode.OK;
  }
}
