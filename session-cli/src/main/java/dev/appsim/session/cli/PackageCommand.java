package dev.appsim.session.cli;

import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.room.MissingFiles;
import dev.appsim.session.room.PackageOptions;
import dev.appsim.session.room.PackageResult;
import dev.appsim.session.room.PackingPlan;
import dev.appsim.session.room.RoomPackager;
import dev.appsim.session.room.RoomPlanner;
import dev.appsim.session.room.archive.WriteOptions;
import dev.appsim.session.room.archive.WriteProgressListener;
import dev.appsim.session.room.error.OutputConflictException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code session package}: a session and every file it references into one {@code .room}. */
@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Package a session and every file it references (models, buffers, textures, materials, the"
          + " geometry cache) into one .room archive, with every path rewritten to the archive.",
      "The room is written beside <out.room> and moved into place when complete. <out.room> must not be"
          + " the session or any file it references (same file by any path or link): that is refused, exit 2.",
      "Temporary files live in a .appsim-scratch-* folder beside <out.room>; one left by a killed run is"
          + " deleted by the next run there."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  session package living-room.session living-room.room \\",
      "      --remap 'C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice=/home/bo/zi' --env ML_ZI_ROOT=/home/bo/zi",
      "  session package scene.session --dry-run --json | jq '.references[] | select(.status != \"found\")'",
      "  session package scene.session - --allow-missing | ssh host 'cat > scene.room'"
    })
final class PackageCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "<in.session>", description = "The session to package.")
  Path session;

  @Parameters(index = "1", arity = "0..1", paramLabel = "<out.room>",
      description = "The room to write, - for standard output; may be left out with --dry-run.")
  @Nullable Path room;

  @Mixin ResolverMixin resolver;

  @Option(names = "--allow-missing",
      description = "Package even if references cannot be resolved: each is written so that it names nothing"
          + " (missing/<name> in the session, a bare name inside an asset) and is listed in the manifest.")
  boolean allowMissing;

  @Option(names = "--record-original-paths",
      description = "With --allow-missing: also record each missing reference's path as written in the manifest"
          + " (it may reveal user names and folders).")
  boolean recordOriginalPaths;

  @Option(names = "--dry-run", description = "Print the plan (entries and every reference) and write nothing.")
  boolean dryRun;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads for scanning, hashing and compression, 1..256 (default: one per processor).")
  @Nullable Integer threads;

  @Option(names = "--level", paramLabel = "L",
      description = "Deflate level, 1 (fastest) .. 9 (smallest); default 5 (zip's 6 is 1.6x slower for"
          + " about 1 % fewer bytes of text). The room is the same"
          + " for any thread count at a given level.")
  @Nullable Integer level;

  @Option(names = "--smile", description = "Store the session as Smile (session.smile) instead of JSON.")
  boolean smile;

  @Option(names = "--json", description = "Print the plan as JSON instead of a summary.")
  boolean json;

  @Option(names = "--base", paramLabel = "<previous.room>",
      description = "Copy every unchanged entry's compressed bytes from this earlier room (each checked against"
          + " the sources) instead of compressing it again; the room is the same byte for byte."
          + " Default: <out.room> itself when it exists and is a room.")
  @Nullable Path base;

  @Option(names = "--no-base", description = "Compress every entry, even when <out.room> exists and is a room.")
  boolean noBase;

  @Override
  String subject() {
    return session.toString();
  }

  @Override
  public Integer call() throws Exception {
    if (room == null && !dryRun) {
      throw usage("missing <out.room>: give the room to write, or --dry-run to only print the plan");
    }
    if (recordOriginalPaths && !allowMissing) {
      throw usage("--record-original-paths needs --allow-missing: only missing references are recorded");
    }
    if (base != null && noBase) {
      throw usage("--base and --no-base contradict each other: give one");
    }
    if (threads != null && (threads < 1 || threads > 256)) {
      throw usage("--threads (" + threads + ") must be in 1..256");
    }
    if (level != null && (level < 1 || level > 9)) {
      throw usage("--level (" + level + ") must be in 1..9");
    }
    PackageOptions.Builder builder = PackageOptions.builder()
        .resolver(resolver.options(context()))
        .missingFiles(!allowMissing ? MissingFiles.FAIL
            : recordOriginalPaths ? MissingFiles.RECORD_WITH_ORIGINAL_PATHS : MissingFiles.RECORD)
        .sessionFormat(smile ? SessionFormat.SMILE : SessionFormat.JSON)
        .base(base)
        .baseFromOutput(!noBase);
    WriteOptions write = WriteOptions.defaults();
    if (threads != null) {
      write = write.withThreads(threads);
    }
    if (level != null) {
      write = write.withLevel(level);
    }
    PackageOptions options = builder.write(write).build();
    PackingPlan plan = new RoomPlanner(options).plan(session);
    RoomPackager packager = new RoomPackager(options);
    if (room != null && InputFiles.isDash(room) && json) {
      throw usage("--json and <out.room> '-' both need standard output; write the room to a file or leave out --json");
    }
    if (room != null && !InputFiles.isDash(room)) {
      try {
        packager.checkOutput(plan, room);
      } catch (OutputConflictException e) {
        // A wrong argument, not bad input: the same command with another <out.room> works.
        throw usage(e.getMessage());
      }
    }
    if (dryRun) {
      out().print(json ? plan.toJson() : plan.toText());
      out().flush();
      if (!plan.isComplete() && !allowMissing) {
        note(unresolved(plan) + " could not be resolved, so packaging would fail; add --remap, --search-path"
            + " or --env, or pass --allow-missing");
        return ExitCode.MISSING_DEPENDENCIES;
      }
      return ExitCode.OK;
    }
    WriteProgressListener progress = ProgressBar.on(context(), quiet(), err(), "Packaging");
    boolean toStdout = InputFiles.isDash(room);
    long archiveBytes;
    @Nullable PackageResult result = null;
    if (toStdout) {
      archiveBytes = StdoutFile.write(context(), "room", target -> packager.execute(plan, target, progress));
    } else {
      result = packager.execute(plan, room, progress);
      archiveBytes = Files.size(room);
    }
    if (json) {
      out().print(plan.toJson());
    } else if (!toStdout) {
      int files = plan.manifest().entries().size();
      // With <out.room> '-', standard output carries the room itself, and no summary.
      String summary = "Packaged " + session + " into " + room + ": " + files
          + (files == 1 ? " file" : " files") + " (the session and " + plan.entries().size() + " it references), "
          + ProgressBar.size(plan.totalBytes()) + " uncompressed, " + ProgressBar.size(archiveBytes) + " archive"
          + (result != null && result.base().isPresent()
              ? "; reused the compressed bytes of " + result.copiedFromBase().size() + " unchanged "
                  + (result.copiedFromBase().size() == 1 ? "entry" : "entries") + " from "
                  + (base != null ? base : "the previous " + room)
              : "");
      report(summary);
    }
    out().flush();
    if (!plan.notices().isEmpty()) {
      // Not a dropped reference but a place the scanner could not look: say so, never claim completeness.
      for (var notice : plan.notices()) {
        note("warning: not followed, the room may lack files named by " + notice);
      }
    }
    if (!plan.isComplete()) {
      note("warning: " + unresolved(plan) + " could not be resolved and are listed as missing in the room's"
          + " manifest; run 'session deps " + ShellWords.quote(session.toString()) + resolver.asArguments()
          + "' to see what was tried");
    }
    return ExitCode.OK;
  }

  private static String unresolved(PackingPlan plan) {
    int n = plan.unresolved().size();
    return n + (n == 1 ? " reference" : " references");
  }
}
