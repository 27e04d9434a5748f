package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.Excerpt;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.room.VerificationReport.Kind;
import dev.appsim.session.room.archive.ArchiveLimits;
import dev.appsim.session.room.archive.EntryTransformer;
import dev.appsim.session.room.archive.SafeExtractor;
import dev.appsim.session.room.archive.SafeZipReader;
import dev.appsim.session.room.archive.WriteProgressListener;
import dev.appsim.session.room.archive.ZipEntryInfo;
import dev.appsim.session.room.archive.ZipMethod;
import dev.appsim.session.room.asset.AssetLimits;
import dev.appsim.session.room.asset.AssetScanner;
import dev.appsim.session.room.error.IntegrityException;
import dev.appsim.session.room.error.UnsafeArchiveException;
import dev.appsim.session.room.error.UnsafeReferenceException;
import dev.appsim.session.room.internal.ManifestJson;
import dev.appsim.session.room.internal.PrettyJson;
import dev.appsim.session.room.internal.RoomReferences;
import dev.appsim.session.room.internal.SessionPaths;
import dev.appsim.session.room.internal.VerifyingInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An opened {@code .room} archive, read in place: the manifest and the session come straight from
 * their entries through the zip directory, and any asset can be streamed without extracting or
 * touching the others. Every check of the archive itself runs on open; the session's paths are
 * checked when it is read, and the references inside a packaged asset when the asset is opened,
 * verified or unpacked (FORMAT.md 1.3). Content is verified against its CRC-32 and SHA-256 as it
 * is read.
 *
 * <pre>{@code
 * try (Room room = Room.open(Path.of("living-room.room"))) {
 *   SessionDocument session = room.session();          // paths are archive-relative
 *   try (InputStream sofa = room.openEntry("assets/sofa.gltf")) { ... }
 *   room.verify().requireIntact();
 *   room.unpack(Path.of("living-room"), PathStyle.ABSOLUTE);
 * }
 * }</pre>
 *
 * <p>Thread-safe for reading: {@link #session()}, {@link #openEntry}, {@link #verify()} and
 * {@link #unpack} may run on several threads at once, since entries are read with positional
 * reads of one file channel (each returned stream belongs to the thread reading it) and the
 * lazily read session and the set of checked assets are guarded. {@link #close()} must come after
 * every other call has returned.
 */
public final class Room implements Closeable {
  /** Bytes read at a time from an entry being unpacked. */
  static final int UNPACK_BUFFER = 256 << 10;

  private final SafeZipReader zip;
  private final RoomManifest manifest;
  private final SessionCodec codec;
  private final ProblemList structure;
  private final RoomReferences references;
  private final PackagedAssets assets;
  // Assets openEntry has checked already: each is scanned once per Room.
  private final Set<String> checkedAssets = new HashSet<>();
  private SessionDocument session;

  private Room(SafeZipReader zip, RoomManifest manifest, SessionCodec codec, ProblemList structure,
      AssetLimits assetLimits) {
    this.zip = zip;
    this.manifest = manifest;
    this.codec = codec;
    this.structure = structure;
    this.references = new RoomReferences(manifest);
    this.assets = new PackagedAssets(manifest, references, AssetScanner.create(assetLimits));
  }

  /**
   * Opens with default archive limits, session codec and asset limits; see
   * {@link #open(Path, ArchiveLimits, SessionCodec, AssetLimits)}.
   *
   * @param file the {@code .room} archive
   * @return the opened room, which the caller closes
   * @throws UnsafeArchiveException if the archive is malformed, hostile, over a limit, or not a room
   * @throws IOException if the file cannot be read
   */
  public static Room open(Path file) throws IOException {
    return open(file, ArchiveLimits.defaults(), SessionCodec.defaults());
  }

  /**
   * As {@link #open(Path, ArchiveLimits, SessionCodec, AssetLimits)} with {@link AssetLimits#defaults()}.
   *
   * @param file the {@code .room} archive
   * @param limits bounds on the archive's entry count, sizes and compression ratio
   * @param codec reads the session entry
   * @return the opened room, which the caller closes
   * @throws UnsafeArchiveException if the archive is malformed, hostile, over a limit, or not a room
   * @throws IOException if the file cannot be read
   */
  public static Room open(Path file, ArchiveLimits limits, SessionCodec codec) throws IOException {
    return open(file, limits, codec, AssetLimits.defaults());
  }

  /**
   * Opens and checks a room: zip structure and entry names, the {@code mimetype} entry, no entry
   * under {@code missing/}, and the manifest, including its missing records (none may exempt a
   * path that leaves the room). Disagreements between the manifest and the archive are recorded
   * for {@link #verify()} and refused by {@link #session()} and {@link #unpack}. Opening reads
   * only the directory, {@code mimetype} and {@code room.json}: the session and the assets are
   * read (and the references inside the assets checked) when asked for.
   *
   * @param file the {@code .room} archive
   * @param limits bounds on the archive's entry count, sizes and compression ratio
   * @param codec reads the session entry
   * @param assetLimits bounds for reading the packaged glTF, GLB, OBJ and MTL files whose
   *     references {@link #verify()}, {@link #unpack} and {@link #openEntry} check; a room packaged
   *     with larger {@link PackageOptions#assetLimits()} needs them here too
   * @throws UnsafeArchiveException if the archive is malformed, hostile, over a limit, or not a room
   * @return the opened room, which the caller closes
   * @throws IOException if the file cannot be read
   */
  public static Room open(Path file, ArchiveLimits limits, SessionCodec codec, AssetLimits assetLimits)
      throws IOException {
    requireNonNull(codec, "codec is null");
    requireNonNull(assetLimits, "assetLimits is null");
    SafeZipReader zip = SafeZipReader.open(file, limits);
    try {
      checkMimetype(zip);
      checkNothingUnderMissing(zip);
      RoomManifest manifest = ManifestJson.read(readSmall(zip, RoomManifest.MANIFEST_ENTRY, PrettyJson.MAX_MANIFEST_BYTES));
      return new Room(zip, manifest, codec, compare(zip, manifest), assetLimits);
    } catch (IOException | RuntimeException | Error e) {
      try {
        zip.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static void checkMimetype(SafeZipReader zip) throws IOException {
    List<ZipEntryInfo> entries = zip.entries();
    if (entries.isEmpty() || !entries.get(0).name().equals(RoomManifest.MIMETYPE_ENTRY)) {
      throw new UnsafeArchiveException(RoomManifest.MIMETYPE_ENTRY, "not a room: the first entry must be \"mimetype\"");
    }
    if (entries.get(0).method() != ZipMethod.STORED) {
      throw new UnsafeArchiveException(RoomManifest.MIMETYPE_ENTRY, "not a room: \"mimetype\" must be stored uncompressed");
    }
    String content = new String(readSmall(zip, RoomManifest.MIMETYPE_ENTRY, 256), StandardCharsets.US_ASCII);
    if (!content.equals(RoomManifest.MIMETYPE)) {
      throw new UnsafeArchiveException(RoomManifest.MIMETYPE_ENTRY, "not a room: mimetype is \""
          + Excerpt.of(content) + "\", expected \"" + RoomManifest.MIMETYPE + "\"");
    }
  }

  // Skipped references are written as missing/<name> and must name nothing once unpacked.
  private static void checkNothingUnderMissing(SafeZipReader zip) {
    for (ZipEntryInfo info : zip.entries()) {
      if (RoomReferences.isUnderMissing(info.name())) {
        throw new UnsafeArchiveException(info.name(), "entry \"" + Excerpt.of(info.name()) + "\" lies under \""
            + RoomReferences.MISSING_FOLDER + "\", which must hold no entry so that skipped references name nothing");
      }
    }
  }

  static byte[] readSmall(SafeZipReader zip, String name, int max) throws IOException {
    ZipEntryInfo info = zip.entry(name).orElseThrow(() ->
        new UnsafeArchiveException(name, "not a room: there is no \"" + name + "\" entry"));
    if (info.size() > max) {
      throw new UnsafeArchiveException(name, "\"" + name + "\" is " + info.size() + " bytes, more than the " + max + " allowed");
    }
    try (InputStream in = zip.openStream(info)) {
      return in.readAllBytes();
    }
  }

  private static ProblemList compare(SafeZipReader zip, RoomManifest manifest) {
    ProblemList problems = new ProblemList();
    Set<String> listed = new HashSet<>();
    for (ManifestEntry e : manifest.entries()) {
      listed.add(e.path());
      Optional<ZipEntryInfo> info = zip.entry(e.path());
      if (info.isEmpty()) {
        problems.add(e.path(), "listed in the manifest but not in the archive", Kind.INTEGRITY);
      } else if (info.get().size() != e.size()) {
        problems.add(e.path(), "the manifest says " + e.size() + " bytes, the zip directory says "
            + info.get().size(), Kind.INTEGRITY);
      }
    }
    for (ZipEntryInfo info : zip.entries()) {
      String name = info.name();
      if (!listed.contains(name) && !name.equals(RoomManifest.MIMETYPE_ENTRY) && !name.equals(RoomManifest.MANIFEST_ENTRY)) {
        problems.add(name, "in the archive but not listed in the manifest", Kind.INTEGRITY);
      }
    }
    return problems;
  }

  /** {@return the archive file} */
  public Path file() {
    return zip.archive();
  }

  /** {@return the manifest as read and checked on open; its entries may still disagree with the archive (see {@link #verify()})} */
  public RoomManifest manifest() {
    return manifest;
  }

  /**
   * The packaged session, paths archive-relative; parsed on first call. Reads only the session entry.
   *
   * <p>Every path in it names an entry of the room or is a {@code missing/<name>} recorded in the
   * manifest (FORMAT.md 1.3); the sidecar's {@code source} included.
   *
   * @return the session, the same instance on every call
   * @throws IntegrityException if the manifest and the archive disagree, or the session bytes
   *     are not the ones the manifest lists
   * @throws UnsafeReferenceException if a path in the session is absolute, UNC, {@code ~}, a
   *     variable, a URI, holds {@code ..} or a backslash, or names nothing it may name
   * @throws SessionException if the session is malformed or invalid
   * @throws IOException if the archive cannot be read
   */
  public synchronized SessionDocument session() throws IOException {
    if (session == null) {
      requireConsistent();
      SessionDocument doc = readSession();
      RoomReferences.Result paths = references.check(doc);
      if (!paths.isAcceptable()) {
        throw new UnsafeReferenceException(manifest.session(), paths.violations(), paths.violationCount());
      }
      session = doc;
    }
    return session;
  }

  // Parsed through the verifying stream, so the bytes are the ones the manifest lists.
  SessionDocument readSession() throws IOException {
    try (InputStream in = openEntry(manifest.session())) {
      return codec.read(in);
    }
  }

  /**
   * Streams one entry; its size, CRC-32 and (for entries the manifest lists) SHA-256 are checked
   * as it is read, failing with {@link IntegrityException} at the end on a mismatch.
   *
   * <p>A glTF, GLB, OBJ or MTL asset is first read once to check the references inside it, as
   * {@link #unpack} does (only on the first call for that entry), so a loader given the stream
   * finds no path that leaves the room; content that disagrees with the manifest then fails this
   * call rather than the end of the stream.
   *
   * @param path the entry name, as {@link RoomManifest#entries()} or the zip directory lists it
   *     ({@code mimetype} and {@code room.json} included)
   * @return the entry's uncompressed content, which the caller closes
   * @throws UnsafeReferenceException if a reference inside the asset is not allowed in a room
   * @throws UnsafeArchiveException if the asset cannot be read for its references
   * @throws IntegrityException if the archive has no entry of that name, or an asset's content
   *     disagrees with the manifest while it is checked
   * @throws IOException if the archive cannot be read
   */
  public InputStream openEntry(String path) throws IOException {
    if (assets.covers(path) && !isChecked(path)) {
      try (InputStream in = verified(path)) {
        assets.require(path, in);
      }
      synchronized (checkedAssets) {
        checkedAssets.add(path);
      }
    }
    return verified(path);
  }

  private boolean isChecked(String path) {
    synchronized (checkedAssets) {
      return checkedAssets.contains(path);
    }
  }

  private InputStream verified(String path) throws IOException {
    InputStream in = zip.openStream(path);
    Optional<ManifestEntry> listed = manifest.entry(path);
    return listed.isEmpty() ? in : new VerifyingInputStream(in, path, listed.get().size(), listed.get().sha256());
  }

  /** {@return names of the asset entries, sorted} */
  public List<String> assetPaths() {
    return manifest.entries().stream().map(ManifestEntry::path).filter(p -> !p.equals(manifest.session())).toList();
  }

  /**
   * Checks everything {@link #session()} and {@link #unpack} check, and the sidecar, and reports
   * every problem instead of stopping at the first: the listing and every entry's size and SHA-256
   * against the manifest, the session reads and validates, every session path follows FORMAT.md
   * 1.3, an external geometry cache reads as one, and every reference inside every packaged glTF,
   * GLB, OBJ and MTL asset follows FORMAT.md 1.3 too (scanned as the entry is hashed, so each
   * entry is read once). A room this reports intact opens and unpacks (given room on the target's
   * disk).
   *
   * @return every problem found; {@link VerificationReport#isIntact()} when there is none
   * @throws IOException if the archive cannot be read
   */
  public VerificationReport verify() throws IOException {
    return new RoomVerifier(this, zip, codec, references, assets).verify(structure);
  }

  /**
   * Unpacks into {@code target} (which must not exist, or be an empty folder) and relocates every
   * path in the session to the unpacked files. Every entry's SHA-256 is checked against the
   * manifest on the way, and the session must pass {@link #session()}'s path rule, so afterwards
   * every path in the unpacked session names a file inside {@code target}, or is a recorded
   * {@code missing/<name>} that stays inside it and names nothing. References inside assets are
   * relative to the asset holding them and stay as packaged; each glTF, GLB, OBJ and MTL asset is
   * scanned as it is extracted and the room refused if one of its references breaks FORMAT.md 1.3
   * (so every reference in the target names a file inside it, or a recorded missing name beside
   * its asset). All or nothing: on failure no half-written target remains, and nothing is moved
   * into place before every entry was checked.
   *
   * @param target the folder to create or fill; must not exist, or be empty
   * @param style whether the unpacked session's paths are absolute or relative to it
   * @return the unpacked session file
   * @throws UnsafeReferenceException if a session path or a reference inside an asset is not
   *     allowed in a room
   * @throws UnsafeArchiveException if an asset cannot be read for its references
   * @throws IntegrityException if the manifest and the archive disagree, or an entry's bytes are
   *     not the ones the manifest lists
   * @throws IOException if the archive cannot be read or the target cannot be written
   */
  public Path unpack(Path target, PathStyle style) throws IOException {
    return unpack(target, style, WriteProgressListener.NONE);
  }

  /**
   * As {@link #unpack(Path, PathStyle)}, reporting progress after each entry written.
   *
   * @param target the folder to create or fill; must not exist, or be empty
   * @param style whether the unpacked session's paths are absolute or relative to it
   * @param progress called on this thread after each entry; {@link WriteProgressListener#NONE} for none
   * @return the unpacked session file
   * @throws UnsafeReferenceException if a session path or a reference inside an asset is not
   *     allowed in a room
   * @throws IntegrityException if the manifest and the archive disagree, or an entry's bytes are
   *     not the ones the manifest lists
   * @throws IOException if the archive cannot be read or the target cannot be written
   */
  public Path unpack(Path target, PathStyle style, WriteProgressListener progress) throws IOException {
    requireNonNull(style, "style is null");
    requireNonNull(progress, "progress is null");
    requireConsistent();
    SessionDocument relocated = SessionPaths.relocate(session(), target.toAbsolutePath().normalize(), style);
    SessionFormat format = manifest.sessionFormat();
    // The zip layer checks sizes and CRC-32; the manifest's SHA-256 is checked here, entry by entry.
    EntryTransformer relocate = entry -> {
      if (entry.name().equals(manifest.session())) {
        return Optional.of((original, out) -> codec.write(relocated, out, format));
      }
      return manifest.entry(entry.name()).map(listed -> (original, out) -> {
        InputStream verified = new VerifyingInputStream(original, listed.path(), listed.size(), listed.sha256());
        if (assets.covers(listed.path())) {
          assets.copyRequiring(listed.path(), verified, out);
        } else {
          copy(verified, out);
        }
      });
    };
    new SafeExtractor().extract(zip, target, relocate, progress);
    return target.resolve(manifest.session());
  }

  /**
   * Copies through one 256 KiB buffer: {@link InputStream#transferTo} reads 8 KiB at a time,
   * which for a stored entry is one positional read of the archive, one SHA-256 update and one
   * CRC-32 update per 8 KiB.
   */
  static void copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[UNPACK_BUFFER];
    int n;
    while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
      out.write(buffer, 0, n);
    }
  }

  private void requireConsistent() {
    new VerificationReport(List.of(), 0, structure.kept(), structure.count()).requireIntact();
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
