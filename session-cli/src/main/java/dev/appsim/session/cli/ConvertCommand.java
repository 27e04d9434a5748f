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
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  session convert scan.session scan-fast.session --to smile",
      "  session convert scan-fast.session - --to json | less"
    })
final class ConvertCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "<in>", description = "The session to read; - reads standard input.")
  Path input;

  @Parameters(index = "1", paramLabel = "<out>", description = "The session to write; - writes standard output.")
  Path output;

  @Option(names = "--to", required = true, paramLabel = "json|smile",
      description = "The output encoding: ${COMPLETION-CANDIDATES}.")
  SessionFormat to;

  @Override
  String subject() {
    return InputFiles.displayName(input);
  }

  @Override
  public Integer call() throws Exception {
    SessionCodec codec = SessionCodec.defaults();
    SessionDocument doc;
    try (InputFiles inputs = new InputFiles(context())) {
      Path file = inputs.readable(input);
      if (InputKind.of(file) == InputKind.ROOM) {
        throw new SessionFormatException("", "it is a room archive, not a session; unpack it first with 'session unpack'");
      }
      doc = codec.read(file);
    }
    String encoding = to.name().toLowerCase(Locale.ROOT);
    if (InputFiles.isDash(output)) {
      // Standard output carries the session itself: nothing else is printed there.
      StdoutFile.write(context(), "session", target -> codec.write(doc, target, to));
      return ExitCode.OK;
    }
    codec.write(doc, output, to);
    report("Converted " + InputFiles.displayName(input) + " to " + output + " (" + encoding + ", "
        + ProgressBar.size(Files.size(output)) + ")");
    out().flush();
    return ExitCode.OK;
  }
}
