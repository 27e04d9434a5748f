package dev.appsim.session.testkit;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.ManifestEntry;
import dev.appsim.session.room.MissingFiles;
import dev.appsim.session.room.MissingReference;
import dev.appsim.session.room.PackageOptions;
import dev.appsim.session.room.PackingPlan;
import dev.appsim.session.room.PathStyle;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.RoomPackager;
import dev.appsim.session.room.VerificationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * The room round trip: package a session with every file it references, open and verify the room,
 * unpack it, and check that nothing was lost on the way.
 *
 * <pre>{@code
 * try (AssetTree tree = AssetTrees.builder().gltfModels(2).objModels(1).in(tempDir).build()) {
 *   RoomRoundTrips.check(tree, tempDir.resolve("work"));
 * }
 * }</pre>
 *
 * Checks, each failing with an {@link AssertionFailedError} that says which step broke:
 * packaging twice gives the same bytes; the room verifies intact; its session is the packaged
 * session of the plan and names only entries of the manifest; unpacking gives the original
 * document except for its asset paths, and each of those names an unpacked file.
 */
public final class RoomRoundTrips {
  private static final String ANY_PATH = "<asset>";

  private RoomRoundTrips() {}

  /**
   * Packages the tree's session with the tree's resolver options, recording the files the tree
   * left out on request.
   *
   * @param tree the tree to package
   * @param work an empty or missing folder for the rooms and the unpacked copy
   */
  public static void check(AssetTree tree, Path work) {
    check(tree.sessionFile(), optionsFor(tree).build(), work);
  }

  /**
   * Package options for {@code tree}: its resolver options, and missing files recorded when the
   * tree left some out on request (refused otherwise). Tune further before {@code build()}.
   *
   * @param tree the tree
   * @return a builder of package options for it
   */
  public static PackageOptions.Builder optionsFor(AssetTree tree) {
    return PackageOptions.builder()
        .resolver(tree.resolverOptions())
        .missingFiles(tree.missing().isEmpty() ? MissingFiles.FAIL : MissingFiles.RECORD);
  }

  /**
   * Packages {@code sessionFile} twice (same bytes), opens and verifies the room, and unpacks it:
   * the checks of the class description, each failing with an {@link AssertionFailedError}.
   *
   * @param sessionFile the session to package
   * @param options how to package it
   * @param work an empty or missing folder for the rooms and the unpacked copy
   */
  public static void check(Path sessionFile, PackageOptions options, Path work) {
    requireNonNull(sessionFile, "sessionFile is null");
    requireNonNull(options, "options is null");
    requireNonNull(work, "work is null");
    try {
      Files.createDirectories(work);
      SessionDocument original = options.codec().read(sessionFile);
      RoomPackager packager = new RoomPackager(options);
      PackingPlan plan = packager.pack(sessionFile, work.resolve("first.room"));
      packager.pack(sessionFile, work.resolve("second.room"));
      byte[] first = Files.readAllBytes(work.resolve("first.room"));
      int at = Arrays.mismatch(first, Files.readAllBytes(work.resolve("second.room")));
      if (at >= 0) {
        throw new AssertionFailedError("packaging " + sessionFile + " twice gave different rooms: first difference at"
            + " offset " + at);
      }
      try (Room room = Room.open(work.resolve("first.room"))) {
        VerificationReport report = room.verify();
        if (!report.isIntact()) {
          throw new AssertionFailedError("the room of " + sessionFile + " does not verify: " + report.problems());
        }
        SessionAssertions.assertSameDocument(plan.packaged(), room.session(), "the room's session and the plan's");
        Set<String> entries = room.manifest().entries().stream().map(ManifestEntry::path).collect(Collectors.toSet());
        Set<String> missing = room.manifest().missing().stream()
            .filter(m -> m instanceof MissingReference.InSession).map(m -> ((MissingReference.InSession) m).pointer())
            .collect(Collectors.toSet());
        for (AssetRef ref : room.session().assetRefs()) {
          if (!entries.contains(ref.path()) && !missing.contains(ref.pointer())) {
            throw new AssertionFailedError(ref.pointer() + ": packaged path \"" + ref.path()
                + "\" is neither an entry of the room nor listed as missing");
          }
        }
        Path unpackedFile = room.unpack(work.resolve("unpacked"), PathStyle.ABSOLUTE);
        SessionDocument unpacked = SessionCodec.defaults().read(unpackedFile);
        SessionAssertions.assertSameDocument(original.withAssetPaths(r -> ANY_PATH),
            unpacked.withAssetPaths(r -> ANY_PATH), "the unpacked session and the original (asset paths aside)");
        List<AssetRef> refs = unpacked.assetRefs();
        for (AssetRef ref : refs) {
          if (!missing.contains(ref.pointer()) && !Files.isRegularFile(Path.of(ref.path()))) {
            throw new AssertionFailedError(ref.pointer() + ": unpacked path \"" + ref.path() + "\" is not a file");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("room round trip of " + sessionFile + " failed: " + e.getMessage(), e);
    }
  }
}
