package dev.appsim.session.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

/** {@code session schema}: the JSON Schema of the JSON form of a session. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print the JSON Schema (draft 2020-12) of the JSON form of a session, for non-Java tools.")
final class SchemaCommand extends CliCommand {
  /** Where session-core ships the schema. */
  static final String RESOURCE = "/dev/appsim/session/codec/session.schema.json";

  @Override
  String subject() {
    return "";
  }

  @Override
  public Integer call() throws IOException {
    String schema;
    try (InputStream in = dev.appsim.session.codec.SessionCodec.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("the schema resource " + RESOURCE + " is missing from the class path");
      }
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    out().print(schema.endsWith("\n") ? schema : schema + "\n");
    out().flush();
    return ExitCode.OK;
  }
}
