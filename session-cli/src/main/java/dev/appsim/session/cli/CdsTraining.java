package dev.appsim.session.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The training run for a class-data sharing archive: {@code java -XX:ArchiveClassesAtExit=x.jsa
 * -cp session-cli.jar dev.appsim.session.cli.CdsTraining}. It runs the common commands once,
 * in-process, on a small session and room it writes into a temporary folder, so that the archive
 * holds the classes a real run loads: the codecs, the room reader and writer, the text and JSON
 * reports. The build runs it for the self-contained image; the launcher runs it once per runtime
 * in the background otherwise. Prints nothing; exits 0 when every command did what it should.
 */
final class CdsTraining {
  private static final String SESSION = """
      {
        "format": "appsim.session",
        "formatVersion": "1.0",
        "metadata": { "name": "Training" },
        "scene": {
          "nodes": [
            { "id": "root", "kind": "group" },
            { "id": "lamp", "kind": "model", "parent": "root", "asset": "lamp.obj",
              "transform": { "position": [0.0, 1.0, 0.0] } },
            { "id": "key", "kind": "light", "parent": "root",
              "light": { "type": "point", "color": [1.0, 1.0, 1.0], "intensity": 100.0, "range": 5.0, "castShadows": false } }
          ]
        }
      }
      """;
  private static final String OBJ = "mtllib lamp.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n";
  private static final String MTL = "newmtl brass\nKd 0.8 0.6 0.2\n";

  private CdsTraining() {}

  public static void main(String[] args) throws IOException {
    Path folder = Files.createTempDirectory("session-cds-training-");
    try {
      System.exit(train(folder));
    } finally {
      TempFolders.deleteTree(folder);
    }
  }

  /** Runs the commands in {@code folder}; 0 when each exited as expected, else the first unexpected status. */
  static int train(Path folder) throws IOException {
    Path session = Files.writeString(folder.resolve("training.session"), SESSION, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("lamp.obj"), OBJ, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("lamp.mtl"), MTL, StandardCharsets.UTF_8);
    String room = folder.resolve("training.room").toString();
    String smile = folder.resolve("training-smile.session").toString();
    List<List<String>> runs = List.of(
        List.of("validate", session.toString()),
        List.of("info", session.toString(), "--json"),
        List.of("deps", session.toString()),
        List.of("package", session.toString(), room, "--threads", "1"),
        List.of("info", room),
        List.of("validate", room, "--json"),
        List.of("verify", room),
        List.of("verify", room, "--json"),
        List.of("unpack", room, folder.resolve("unpacked").toString()),
        List.of("convert", session.toString(), smile, "--to", "smile"),
        List.of("diff", session.toString(), smile),
        // The unpacked session's paths point into the folder: different, exit 1.
        List.of("diff", room, folder.resolve("unpacked").resolve("session.json").toString(), "--json"),
        List.of("--help"));
    CliContext context = new CliContext(Map.of(), false, CliContext.DEFAULT_COLUMNS,
        InputStream.nullInputStream(), OutputStream.nullOutputStream());
    for (List<String> run : runs) {
      String[] words = run.toArray(String[]::new);
      CommandLine line = SessionCommand.commandLine(context, words);
      line.setOut(new PrintWriter(Writer.nullWriter()));
      line.setErr(new PrintWriter(Writer.nullWriter()));
      int status = line.execute(words);
      int expected = run.get(0).equals("diff") && run.contains("--json") ? ExitCode.FAILURE : ExitCode.OK;
      if (status != expected) {
        return status == ExitCode.OK ? ExitCode.FAILURE : status;
      }
    }
    return ExitCode.OK;
  }
}
