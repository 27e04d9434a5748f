package dev.appsim.session.room;

import com.google.common.io.ByteStreams;
import dev.appsim.session.room.asset.AssetFormatException;
import dev.appsim.session.room.asset.AssetScanner;
import dev.appsim.session.room.error.UnsafeArchiveException;
import dev.appsim.session.room.error.UnsafeReferenceException;
import dev.appsim.session.room.internal.CopyingInputStream;
import dev.appsim.session.room.internal.RoomReferences;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The references inside a room's packaged assets (FORMAT.md 1.3), checked as the assets' bytes
 * stream past: each glTF, GLB, OBJ and MTL entry is scanned by an {@link AssetScanner} within its
 * limits, and what it finds goes to {@link RoomReferences}, the one rule for room references.
 * {@link Room#verify()} runs it while hashing, {@link Room#unpack} while extracting (before
 * anything is moved into place) and {@link Room#openEntry} before handing out an asset.
 * Immutable and thread-safe, so entries may be extracted in parallel.
 */
final class PackagedAssets {
  private final RoomManifest manifest;
  private final RoomReferences references;
  private final AssetScanner scanner;

  PackagedAssets(RoomManifest manifest, RoomReferences references, AssetScanner scanner) {
    this.manifest = manifest;
    this.references = references;
    this.scanner = scanner;
  }

  /** Whether {@code entry} is a listed asset of a format whose references are followed. */
  boolean covers(String entry) {
    return !entry.equals(manifest.session()) && manifest.entry(entry).isPresent()
        && AssetScanner.followsReferencesIn(entry);
  }

  /**
   * What scanning one asset found.
   *
   * @param references its references against the rule; empty when it could not be read
   * @param malformed why it could not be read (malformed, or over the asset limits), or null
   */
  record Outcome(RoomReferences.Result references, @Nullable AssetFormatException malformed) {
    private static final RoomReferences.Result NONE = new RoomReferences.Result(List.of(), 0, 0, 0);

    /**
     * Where in the asset it could not be read and why, as one problem message:
     * {@code line 3: map_Kd names no file, so its references cannot be checked}.
     */
    String malformedMessage(String entry) {
      if (malformed == null) {
        throw new IllegalStateException(entry + " was read");
      }
      String location = malformed.location();
      String where = location.startsWith(entry + ":") ? location.substring(entry.length() + 1) : location;
      return (where.isEmpty() ? "/" : where) + ": " + malformed.getMessage() + ", so its references cannot be checked";
    }
  }

  /** Scans {@code in}, the bytes of the asset {@code entry}, and reads it to its end. */
  Outcome check(String entry, InputStream in) throws IOException {
    return scan(entry, new CopyingInputStream(in, OutputStream.nullOutputStream()));
  }

  /**
   * As {@link #check}, refusing the room if the asset breaks the rule.
   *
   * @throws UnsafeReferenceException if a reference is not allowed in a room
   * @throws UnsafeArchiveException if the asset cannot be read for its references
   */
  void require(String entry, InputStream in) throws IOException {
    require(entry, check(entry, in));
  }

  /** As {@link #require}, writing every byte read to {@code out} as well: unpack's scan of an entry it extracts. */
  void copyRequiring(String entry, InputStream in, OutputStream out) throws IOException {
    require(entry, scan(entry, new CopyingInputStream(in, out)));
  }

  private Outcome scan(String entry, CopyingInputStream in) throws IOException {
    Outcome outcome;
    try {
      outcome = new Outcome(references.check(entry, scanner.inspect(entry, in).references()), null);
    } catch (AssetFormatException e) {
      outcome = new Outcome(Outcome.NONE, e);
    }
    // The rest still goes to whoever hashes or writes it as it passes.
    ByteStreams.exhaust(in);
    return outcome;
  }

  private static void require(String entry, Outcome outcome) {
    if (outcome.malformed() != null) {
      throw new UnsafeArchiveException(entry, entry + " " + outcome.malformedMessage(entry), outcome.malformed());
    }
    RoomReferences.Result result = outcome.references();
    if (!result.isAcceptable()) {
      throw new UnsafeReferenceException(entry, result.violations(), result.violationCount());
    }
  }
}
