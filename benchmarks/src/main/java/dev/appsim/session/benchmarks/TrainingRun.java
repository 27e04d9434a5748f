package dev.appsim.session.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code TrainingRun <in.session> <scratch folder>}: packages the session, re-packages it after
 * the one-line edit and unpacks the room, in one JVM, so that a run with
 * {@code -XX:ArchiveClassesAtExit} archives every class the timed commands load. The packaging
 * comparison uses that archive the way the installed launcher uses the one its first command
 * trains ({@code bin/session}, {@code dev.appsim.session.cli.CdsTraining}): without it, every
 * timed JVM parses, verifies and links the library's classes again.
 */
public final class TrainingRun {
  private TrainingRun() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TrainingRun <in.session> <scratch folder>");
      System.exit(2);
    }
    Path folder = Files.createDirectories(Path.of(args[1]));
    Path room = folder.resolve("training.room");
    PackageMain.main(new String[] {args[0], room.toString(), "--threads", "2"});
    PackageMain.main(new String[] {args[0], room.toString(), "--threads", "2", "--edit", "training"});
    UnpackMain.main(new String[] {room.toString(), folder.resolve("training-unpacked").toString()});
  }
}
