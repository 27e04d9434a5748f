package dev.appsim.session.cli;

import dev.appsim.session.room.PathStyle;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.archive.WriteProgressListener;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code session unpack}: a room into a folder, with the session's paths pointing at the unpacked files. */
@Command(
    name = "unpack",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Unpack a room into a new or empty folder and point every path in its session at the unpacked files.",
      "Hostile archives are refused before anything is written; so are rooms whose session, or any"
          + " packaged glTF, GLB, OBJ or MTL file, names a file outside the room. A failed unpack leaves no"
          + " folder behind.",
      "Files are written into a .appsim-scratch-* folder beside <dir> and moved into place when complete;"
          + " one left by a killed run is deleted by the next run there.",
      "Prints the path of the unpacked session."
    })
final class UnpackCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "<in.room>", description = "The room to unpack.")
  Path room;

  @Parameters(index = "1", paramLabel = "<dir>", description = "The folder to create (or an empty one).")
  Path target;

  @Option(names = "--relative",
      description = "Write paths relative to the unpacked session, so the folder can be moved (default: absolute).")
  boolean relative;

  @Override
  String subject() {
    return room.toString();
  }

  @Override
  public Integer call() throws Exception {
    Path absolute = target.toAbsolutePath().normalize();
    if (absolute.getParent() == null || absolute.getFileName() == null) {
      throw usage("<dir> (" + target + ") is a file system root; give a new or empty folder to unpack into");
    }
    try (Room opened = Room.open(room)) {
      WriteProgressListener progress = context().interactive() ? new ProgressBar(err(), "Unpacking")
          : WriteProgressListener.NONE;
      Path session = opened.unpack(target, relative ? PathStyle.RELATIVE : PathStyle.ABSOLUTE, progress);
      out().println(session);
      out().flush();
    }
    return ExitCode.OK;
  }
}
