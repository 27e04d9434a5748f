package dev.appsim.session.cli;

import dev.appsim.session.room.PathStyle;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.archive.WriteProgressListener;
import dev.appsim.session.room.path.SimulatorInstalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
      "--into-simulator unpacks into the simulator's own folder for sessions,"
          + " <home>/MagicLeap/tools/zi/<VERSION>VirtualDevice/data/VirtualRooms/ExampleRooms/<room name>.",
      "Prints the path of the unpacked session."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  session unpack living-room.room living-room",
      "  session unpack living-room.room --into-simulator          # newest installed simulator",
      "  session unpack living-room.room --into-simulator=1.6.0",
      "  cat shared.room | session unpack - shared"
    })
final class UnpackCommand extends CliCommand {
  // Optional for picocli only: "--into-simulator x.room" takes x.room as the VERSION, and call()
  // then says so instead of picocli's "missing <in.room>".
  @Parameters(index = "0", arity = "0..1", paramLabel = "<in.room>", description = "The room to unpack; - reads standard input.")
  @Nullable Path room;

  @Parameters(index = "1", arity = "0..1", paramLabel = "<dir>",
      description = "The folder to create (or an empty one); left out with --into-simulator.")
  @Nullable Path target;

  @Option(names = "--relative",
      description = "Write paths relative to the unpacked session, so the folder can be moved (default: absolute).")
  boolean relative;

  @Option(names = "--into-simulator", arity = "0..1", fallbackValue = "", paramLabel = "VERSION",
      description = "Unpack into the simulator's ExampleRooms folder of VERSION (default: the newest installed),"
          + " in a folder named after the room.")
  @Nullable String simulator;

  @Override
  String subject() {
    return room == null ? "" : InputFiles.displayName(room);
  }

  @Override
  public Integer call() throws Exception {
    if (room == null) {
      if (simulator != null && !simulator.isEmpty() && !SimulatorInstalls.isVersion(simulator)) {
        throw usage("--into-simulator '" + simulator + "' is not a version like 1.6.0; write --into-simulator=VERSION,"
            + " or put the option after <in.room>");
      }
      throw usage("missing <in.room>: give the room to unpack");
    }
    Path room = this.room;
    Path folder = target(room);
    Path absolute = folder.toAbsolutePath().normalize();
    if (absolute.getParent() == null || absolute.getFileName() == null) {
      throw usage("<dir> (" + folder + ") is a file system root; give a new or empty folder to unpack into");
    }
    try (InputFiles inputs = new InputFiles(context()); Room opened = Room.open(inputs.readable(room))) {
      WriteProgressListener progress = ProgressBar.on(context(), quiet(), err(), "Unpacking");
      Path session = opened.unpack(folder, relative ? PathStyle.RELATIVE : PathStyle.ABSOLUTE, progress);
      report(session.toString());
      out().flush();
    }
    return ExitCode.OK;
  }

  private Path target(Path room) throws IOException {
    if (simulator == null) {
      if (target == null) {
        throw usage("missing <dir>: give the folder to unpack into, or --into-simulator");
      }
      return target;
    }
    if (target != null) {
      throw usage("give either <dir> (" + target + ") or --into-simulator, not both");
    }
    if (InputFiles.isDash(room)) {
      throw usage("--into-simulator names the folder after the room's file, and standard input has none;"
          + " save the room to a file first, or give <dir>");
    }
    SimulatorInstalls installs = SimulatorInstalls.ofUser(context().environment());
    String version = simulator.isEmpty() ? newest(installs) : simulator;
    if (!SimulatorInstalls.isVersion(version)) {
      throw usage("--into-simulator '" + version + "' is not a version like 1.6.0; write --into-simulator=VERSION,"
          + " or put the option after <in.room>");
    }
    if (!installs.isInstalled(version)) {
      List<String> versions = installs.versions();
      throw new NoSuchFileException(installs.install(version).toString(), null, "simulator " + version
          + " is not installed there (installed: " + (versions.isEmpty() ? "none" : String.join(", ", versions))
          + "); give an installed VERSION, or <dir>");
    }
    Path rooms = installs.exampleRooms(version);
    Files.createDirectories(rooms);
    return rooms.resolve(roomName(room));
  }

  private static String newest(SimulatorInstalls installs) throws IOException {
    return installs.newest().orElseThrow(() -> new NoSuchFileException(installs.root().toString(), null,
        "no simulator is installed there (no <version>VirtualDevice folder); install the simulator,"
            + " or give --into-simulator=VERSION or <dir>"));
  }

  /** The room's file name without its extension: {@code living-room.room} unpacks into {@code living-room}. */
  static String roomName(Path room) {
    String name = room.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name + ".unpacked";
  }
}
