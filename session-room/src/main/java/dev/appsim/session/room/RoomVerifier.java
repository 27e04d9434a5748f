package dev.appsim.session.room;

import com.google.common.io.ByteStreams;
import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormatException;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.model.SessionValidationException;
import dev.appsim.session.model.Violation;
import dev.appsim.session.room.VerificationReport.Check;
import dev.appsim.session.room.VerificationReport.Kind;
import dev.appsim.session.room.VerificationReport.Outcome;
import dev.appsim.session.room.archive.SafeZipReader;
import dev.appsim.session.room.archive.internal.EntryNames;
import dev.appsim.session.room.error.IntegrityException;
import dev.appsim.session.room.error.UnsafeArchiveException;
import dev.appsim.session.room.internal.CopyingInputStream;
import dev.appsim.session.room.internal.Digests;
import dev.appsim.session.room.internal.RoomReferences;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs {@link Room#verify()}: every check that opening, reading the session and unpacking make,
 * plus the sidecar, each recorded with what it covered, collecting problems instead of throwing.
 * One instance per call.
 */
final class RoomVerifier {
  private final Room room;
  private final SafeZipReader zip;
  private final SessionCodec codec;
  private final RoomReferences references;
  private final PackagedAssets assets;
  private final RoomManifest manifest;
  private final List<Check> checks = new ArrayList<>();
  private final ProblemList problems = new ProblemList();
  // Entries absent, or whose content disagrees with the manifest: not parsed further.
  private final Set<String> unreadable = new HashSet<>();
  // What the scans of the packaged assets found while content() hashed them.
  private final AssetTally scanned = new AssetTally();

  RoomVerifier(Room room, SafeZipReader zip, SessionCodec codec, RoomReferences references, PackagedAssets assets) {
    this.room = room;
    this.zip = zip;
    this.codec = codec;
    this.references = references;
    this.assets = assets;
    this.manifest = room.manifest();
  }

  VerificationReport verify(ProblemList structure) throws IOException {
    // Room.open refuses everything else outright, so reaching here means these passed.
    checks.add(new Check("archive", Outcome.PASSED, "zip structure, entry names and limits, the mimetype entry,"
        + " room.json and its missing records, nothing under " + RoomReferences.MISSING_FOLDER));
    listing(structure);
    int checked = content();
    SessionDocument session = session();
    paths(session);
    sidecar(session);
    assetReferences();
    return new VerificationReport(checks, checked, problems.kept(), problems.count());
  }

  private void listing(ProblemList structure) {
    problems.addAll(structure.kept(), structure.count());
    for (VerificationReport.Problem p : structure.kept()) {
      unreadable.add(p.entry());
    }
    int listed = manifest.entries().size();
    checks.add(structure.count() == 0
        ? new Check("listing", Outcome.PASSED, "room.json lists " + count(listed, "entry") + ", each in the archive with"
            + " the size its directory gives, and the archive holds no other")
        : new Check("listing", Outcome.FAILED, structure.count() + " of the entries disagree between room.json"
            + " and the archive"));
  }

  private int content() throws IOException {
    int checked = 0;
    int before = problems.count();
    for (ManifestEntry e : manifest.entries()) {
      if (zip.entry(e.path()).isEmpty()) {
        unreadable.add(e.path());
        continue;
      }
      checked++;
      try (InputStream in = zip.openStream(e.path())) {
        // One pass: a packaged asset is scanned for its references as it is hashed.
        Digests.Sink digest = new Digests.Sink();
        PackagedAssets.Outcome outcome = null;
        if (assets.covers(e.path())) {
          outcome = assets.check(e.path(), new CopyingInputStream(in, digest));
        } else {
          ByteStreams.copy(in, digest);
        }
        Digests.Sized actual = digest.result();
        if (actual.size() != e.size() || !actual.sha256().equals(e.sha256())) {
          fail(e.path(), "content is " + actual.size() + " bytes with sha256 " + actual.sha256()
              + ", the manifest says " + e.size() + " bytes with sha256 " + e.sha256(), Kind.INTEGRITY);
        } else if (outcome != null) {
          scanned.add(e.path(), outcome);
        }
      } catch (UnsafeArchiveException ex) {
        fail(e.path(), reason(e.path(), ex.getMessage()), Kind.UNSAFE);
      } catch (SessionException ex) {
        fail(e.path(), reason(e.path(), ex.getMessage()), Kind.INTEGRITY);
      }
    }
    int found = problems.count() - before;
    checks.add(new Check("content", found == 0 ? Outcome.PASSED : Outcome.FAILED, "size and SHA-256 of "
        + checked + " of " + count(manifest.entries().size(), "listed entry")
        + (found == 0 ? "" : ": " + found + " disagree")));
    return checked;
  }

  /**
   * The archive layer's message without its {@code <room>: entry "<name>": } prefix: a problem
   * already names its entry, and the report its room ({@code assets/uv0.png: CRC-32 is ...}).
   */
  private String reason(String entry, String message) {
    String prefix = zip.archive().getFileName() + ": entry " + EntryNames.quote(entry);
    if (message.startsWith(prefix)) {
      String rest = message.substring(prefix.length());
      return rest.startsWith(": ") ? rest.substring(2) : rest.strip();
    }
    return message;
  }

  private void fail(String entry, String message, Kind kind) {
    problems.add(entry, message, kind);
    unreadable.add(entry);
  }

  private SessionDocument session() throws IOException {
    String entry = manifest.session();
    if (unreadable.contains(entry)) {
      checks.add(new Check("session", Outcome.SKIPPED, entry + " is missing or its content disagrees with room.json"));
      return null;
    }
    try {
      SessionDocument doc = room.readSession();
      checks.add(new Check("session", Outcome.PASSED, entry + " reads and validates: format " + doc.formatVersion()
          + ", " + count(doc.scene().size(), "node") + ", " + count(doc.assetRefs().size(), "file reference")));
      return doc;
    } catch (SessionValidationException e) {
      for (Violation v : e.violations()) {
        problems.add(entry, v.toString(), Kind.INVALID);
      }
    } catch (SessionFormatException e) {
      problems.add(entry, e.getMessage(), Kind.INVALID);
    } catch (UnsafeArchiveException e) {
      problems.add(entry, e.getMessage(), Kind.UNSAFE);
    } catch (SessionException e) {
      problems.add(entry, e.getMessage(), e instanceof IntegrityException ? Kind.INTEGRITY : Kind.INVALID);
    }
    checks.add(new Check("session", Outcome.FAILED, entry + " does not read as a valid session"));
    return null;
  }

  private void paths(SessionDocument session) {
    if (session == null) {
      checks.add(new Check("paths", Outcome.SKIPPED, "the session could not be read"));
      return;
    }
    RoomReferences.Result result = references.check(session);
    List<VerificationReport.Problem> found = new ArrayList<>();
    for (Violation v : result.violations()) {
      found.add(new VerificationReport.Problem(manifest.session(), v.toString(), Kind.UNSAFE));
    }
    problems.addAll(found, result.violationCount());
    int total = session.assetRefs().size();
    checks.add(result.isAcceptable()
        ? new Check("paths", Outcome.PASSED, count(total, "session path") + ", each relative and inside the room: "
            + count(result.entries(), "entry") + ", " + count(result.missing(), "recorded missing reference"))
        : new Check("paths", Outcome.FAILED, result.violationCount() + " of " + total
            + " session paths are not allowed in a room"));
  }

  private void sidecar(SessionDocument session) throws IOException {
    if (session == null) {
      checks.add(new Check("sidecar", Outcome.SKIPPED, "the session could not be read"));
      return;
    }
    if (!(session.geometryCache() instanceof ExternalGeometryCache external)) {
      checks.add(new Check("sidecar", Outcome.SKIPPED, "the session has no external geometry cache"));
      return;
    }
    String source = external.source();
    if (references.problem(manifest.session(), "/geometryCache/source", source).isPresent()) {
      checks.add(new Check("sidecar", Outcome.SKIPPED, "its source path is not allowed (see paths)"));
      return;
    }
    if (manifest.entry(source).isEmpty()) {
      checks.add(new Check("sidecar", Outcome.SKIPPED, source + " was missing when the room was packaged"));
      return;
    }
    if (unreadable.contains(source)) {
      checks.add(new Check("sidecar", Outcome.SKIPPED, source + " is missing or its content disagrees with room.json"));
      return;
    }
    try (InputStream in = room.openEntry(source)) {
      GeometryCache cache = codec.readGeometryCache(in);
      checks.add(new Check("sidecar", Outcome.PASSED, source + " reads and validates as a geometry cache: "
          + count(cache.meshBlocks().size(), "mesh block") + ", " + count(cache.planes().size(), "plane")));
    } catch (SessionValidationException e) {
      e.violations().forEach(v -> problems.add(source, v.toString(), Kind.INVALID));
      checks.add(new Check("sidecar", Outcome.FAILED, source + " is not a valid geometry cache"));
    } catch (SessionException e) {
      problems.add(source, e.getMessage(), e instanceof IntegrityException ? Kind.INTEGRITY : Kind.INVALID);
      checks.add(new Check("sidecar", Outcome.FAILED, source + " does not read as a geometry cache"));
    }
  }

  private void assetReferences() {
    int covered = 0;
    for (ManifestEntry e : manifest.entries()) {
      if (assets.covers(e.path())) {
        covered++;
      }
    }
    int notScanned = covered - scanned.assets;
    String skipped = notScanned == 0 ? ""
        : " (" + notScanned + " not scanned: missing, or content disagrees with room.json)";
    String scope = "references in " + count(scanned.assets, "asset");
    problems.addAll(scanned.problems.kept(), scanned.problems.count());
    if (scanned.violations > 0 || scanned.malformed > 0) {
      List<String> found = new ArrayList<>();
      if (scanned.violations > 0) {
        found.add(scanned.violations + " of " + scanned.total() + " references are not allowed in a room");
      }
      if (scanned.malformed > 0) {
        found.add(scanned.malformed + " cannot be read for references");
      }
      checks.add(new Check("references", Outcome.FAILED, scope + ": " + String.join(", ", found) + skipped));
    } else if (scanned.assets == 0 && notScanned > 0) {
      checks.add(new Check("references", Outcome.SKIPPED, scope + skipped));
    } else {
      checks.add(new Check("references", Outcome.PASSED, scope + ": " + (scanned.total() == 0 ? "none"
          : count(scanned.total(), "reference") + ", each relative and inside the room: "
              + count(scanned.entries, "entry") + ", " + count(scanned.missing, "recorded missing reference"))
          + skipped));
    }
  }

  /** The scans of the packaged assets, summed; problems kept up to the report's cap. */
  private static final class AssetTally {
    private final ProblemList problems = new ProblemList();
    private int assets;
    private int malformed;
    private long violations;
    private long entries;
    private long missing;

    void add(String entry, PackagedAssets.Outcome outcome) {
      assets++;
      if (outcome.malformed() != null) {
        malformed++;
        problems.add(entry, outcome.malformedMessage(entry), Kind.INVALID);
        return;
      }
      RoomReferences.Result result = outcome.references();
      List<VerificationReport.Problem> found = new ArrayList<>();
      for (Violation v : result.violations()) {
        found.add(new VerificationReport.Problem(entry, v.toString(), Kind.UNSAFE));
      }
      problems.addAll(found, result.violationCount());
      violations += result.violationCount();
      entries += result.entries();
      missing += result.missing();
    }

    long total() {
      return violations + entries + missing;
    }
  }

  private static String count(long n, String noun) {
    if (n == 1) {
      return "1 " + noun;
    }
    return n + " " + (noun.endsWith("entry") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }
}
