package dev.appsim.session.cli;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.codec.SessionFormatException;
import dev.appsim.session.model.SessionDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code session convert}: a session to canonical JSON or to Smile. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Rewrite a session (JSON or Smile, detected from its bytes) as canonical JSON or as Smile.",
      "The output is replaced atomically; paths inside are kept as written, so relative ones still"
          + " resolve only if <out> sits in the same folder as <in>."
    })
final class ConvertCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "<in>", description = "The session to read.")
  Path input;

  @Parameters(index = "1", paramLabel = "<out>", description = "The session to write.")
  Path output;

  @Option(names = "--to", required = true, paramLabel = "json|smile",
      description = "The output encoding: ${COMPLETION-CANDIDATES}.")
  SessionFormat to;

  @Override
  String subject() {
    return input.toString();
  }

  @Override
  public Integer call() throws Exception {
    if (InputKind.of(input) == InputKind.ROOM) {
      throw new SessionFormatException("", "it is a room archive, not a session; unpack it first with 'session unpack'");
    }
    SessionCodec codec = SessionCodec.defaults();
    SessionDocument doc = codec.read(input);
    codec.write(doc, output, to);
    out().println("Converted " + input + " to " + output + " (" + to.name().toLowerCase(Locale.ROOT) + ", "
        + ProgressBar.size(Files.size(output)) + ")");
    out().flush();
    return ExitCode.OK;
  }
}
