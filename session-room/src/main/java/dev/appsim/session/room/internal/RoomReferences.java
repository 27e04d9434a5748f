package dev.appsim.session.room.internal;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.Excerpt;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Violation;
import dev.appsim.session.room.MissingReference;
import dev.appsim.session.room.RoomManifest;
import dev.appsim.session.room.archive.internal.EntryNames;
import dev.appsim.session.room.asset.AssetReference;
import dev.appsim.session.room.asset.AssetScanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for references inside a room (FORMAT.md 1.3, "Inside a room, nothing points
 * outside it"). A reference written in the entry {@code referrer} is acceptable iff it is a
 * {@code data:} URI inside a glTF or GLB, or it is relative (no root, drive, UNC prefix, scheme,
 * {@code ~}, variable, backslash, {@code :}, {@code ..}, empty or {@code .} segment, control
 * character) and, taken relative to the referrer's folder:
 *
 * <ul>
 *   <li>names an entry of the room other than the session, or
 *   <li>in the session: is {@code missing/<name>} recorded in the manifest at that JSON Pointer, or
 *   <li>in an asset: is a bare name that names no entry, recorded in the manifest for that asset
 *       and location.
 * </ul>
 *
 * An OBJ statement that some loaders read as one name and others as several
 * ({@link AssetReference#alternatives()}) is acceptable when every reading has an acceptable form
 * (so no loader leaves the room) and the whole, or at least one of the names, is acceptable.
 *
 * Whatever a manifest records is checked too ({@link #recordProblem}): a record cannot exempt an
 * absolute path, a URI or anything else, and no entry lives under {@code missing/}. The session,
 * its sidecar's {@code source} and (through the same {@link #problem} call) every reference a
 * scanner finds in a packaged asset go through this class. Pure: the file system is not touched.
 */
public final class RoomReferences {
  /** The folder, holding no entry, of the names that skipped session references are written as. */
  public static final String MISSING_FOLDER = "missing/";
  /** Most violations kept by {@link #check}; the rest are only counted. */
  public static final int MAX_VIOLATIONS = 1000;

  private static final String SESSION_EXPECTED =
      "expected a relative path naming an entry of this room, or a \"missing/<name>\" recorded in room.json";
  private static final String ASSET_EXPECTED =
      "expected a relative path naming an entry of this room, or a bare name recorded as missing in room.json";
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]+):");
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");
  private static final String MISSING_KEY = EntryNames.foldKey("missing");

  private final RoomManifest manifest;
  // "pointer\0path" for the session, "referrer\0location\0path" for assets: what the manifest records.
  private final Set<String> inSession = new HashSet<>();
  private final Set<String> inAssets = new HashSet<>();

  /** The rule for references inside the room that {@code manifest} describes. */
  public RoomReferences(RoomManifest manifest) {
    this.manifest = requireNonNull(manifest, "manifest is null");
    for (MissingReference m : manifest.missing()) {
      if (m instanceof MissingReference.InSession s) {
        inSession.add(s.pointer() + '\0' + s.path());
      } else if (m instanceof MissingReference.InAsset a) {
        inAssets.add(a.referrer() + '\0' + a.location() + '\0' + a.path());
      }
    }
  }

  /**
   * What {@link #check} found in a session or an asset.
   *
   * @param violations the first {@link #MAX_VIOLATIONS} references that break the rule, each at
   *     its JSON Pointer (or {@code line N}) with the reason
   * @param violationCount every reference that breaks the rule
   * @param entries acceptable references that name an entry
   * @param missing acceptable references that are recorded missing names
   */
  public record Result(List<Violation> violations, int violationCount, int entries, int missing) {
    public Result {
      violations = List.copyOf(violations);
    }

    public boolean isAcceptable() {
      return violationCount == 0;
    }
  }

  /** Every path in the packaged {@code session} against the rule: at most {@link #MAX_VIOLATIONS} kept, all counted. */
  public Result check(SessionDocument session) {
    List<Violation> violations = new ArrayList<>();
    int count = 0;
    int entries = 0;
    int missing = 0;
    for (AssetRef ref : session.assetRefs()) {
      Optional<String> problem = problem(manifest.session(), ref.pointer(), ref.path());
      if (problem.isPresent()) {
        if (count++ < MAX_VIOLATIONS) {
          violations.add(new Violation(ref.pointer(), problem.get()));
        }
      } else if (ref.path().startsWith(MISSING_FOLDER)) {
        missing++;
      } else {
        entries++;
      }
    }
    return new Result(violations, count, entries, missing);
  }

  /**
   * Every reference a scanner found in the packaged asset {@code referrer}, against the rule: at
   * most {@link #MAX_VIOLATIONS} kept (their pointer is the reference's location), all counted.
   */
  public Result check(String referrer, List<AssetReference> references) {
    requireNonNull(referrer, "referrer is null");
    requireNonNull(references, "references is null");
    List<Violation> violations = new ArrayList<>();
    int count = 0;
    int entries = 0;
    int missing = 0;
    for (AssetReference ref : references) {
      Optional<String> problem = problem(referrer, ref);
      if (problem.isPresent()) {
        if (count++ < MAX_VIOLATIONS) {
          violations.add(new Violation(ref.location(), problem.get()));
        }
      } else if (isRecordedMissing(referrer, ref.location(), ref.raw())) {
        missing++;
      } else {
        entries++;
      }
    }
    return new Result(violations, count, entries, missing);
  }

  // Every reading must keep inside the room; one acceptable reading is enough to resolve it.
  private Optional<String> problem(String referrer, AssetReference ref) {
    for (AssetReference alternative : ref.alternatives()) {
      Optional<String> form = form(alternative.raw());
      if (form.isPresent()) {
        return Optional.of(quoted(alternative.raw()) + " " + form.get() + ", " + ASSET_EXPECTED);
      }
    }
    Optional<String> whole = problem(referrer, ref.location(), ref.raw());
    if (whole.isEmpty() || form(ref.raw()).isPresent()) {
      return whole;
    }
    for (AssetReference alternative : ref.alternatives()) {
      if (problem(referrer, ref.location(), alternative.raw()).isEmpty()) {
        return Optional.empty();
      }
    }
    return whole;
  }

  private boolean isRecordedMissing(String referrer, String location, String reference) {
    return manifest.entry(folderOf(referrer) + reference).isEmpty()
        && inAssets.contains(referrer + '\0' + location + '\0' + reference);
  }

  /**
   * Why {@code reference}, written at {@code location} (a JSON Pointer, or {@code line N}) of the
   * entry {@code referrer}, is not acceptable; empty when it is.
   *
   * @param referrer the session entry, or the entry of a packaged asset
   * @param reference the reference as a loader reads it (glTF URIs percent-decoded)
   */
  public Optional<String> problem(String referrer, String location, String reference) {
    requireNonNull(referrer, "referrer is null");
    requireNonNull(location, "location is null");
    requireNonNull(reference, "reference is null");
    boolean inSessionEntry = referrer.equals(manifest.session());
    String expected = inSessionEntry ? SESSION_EXPECTED : ASSET_EXPECTED;
    if (!inSessionEntry && isDataUri(reference) && allowsDataUris(referrer)) {
      return Optional.empty();
    }
    Optional<String> form = form(reference);
    if (form.isPresent()) {
      return Optional.of(quoted(reference) + " " + form.get() + ", " + expected);
    }
    String target;
    if (inSessionEntry) {
      if (reference.startsWith(MISSING_FOLDER)) {
        return inSession.contains(location + '\0' + reference) ? Optional.empty()
            : Optional.of(quoted(reference) + " is under \"missing/\" but room.json records no missing reference"
                + " with this path at " + location + ", " + expected);
      }
      target = reference;
    } else {
      target = folderOf(referrer) + reference;
      if (isRecordedMissing(referrer, location, reference)) {
        return Optional.empty();
      }
    }
    if (target.equals(manifest.session())) {
      return Optional.of(quoted(reference) + " names the session entry, " + expected);
    }
    if (manifest.entry(target).isEmpty()) {
      return Optional.of(quoted(reference) + " names no entry of this room, " + expected);
    }
    return Optional.empty();
  }

  /**
   * The missing record a manifest's members describe, refused when they name both sites, neither, or
   * an asset without a place inside it. A {@code pointer} of {@code ""} counts as none.
   *
   * @param path the {@code path} member
   * @param pointer the {@code pointer} member, or {@code null} when absent
   * @param referrer the {@code referrer} member, or {@code null} when absent
   * @param location the {@code location} member, or {@code null} when absent
   * @param original the {@code original} member, or {@code null} when absent
   * @return the record, at the one site the members name
   * @throws IllegalArgumentException if the members name both sites, neither, or a referrer
   *     without a location; the message says which
   */
  public static MissingReference record(String path, @Nullable String pointer, @Nullable String referrer,
      @Nullable String location, @Nullable String original) {
    requireNonNull(path, "path is null");
    if (pointer != null && !pointer.isEmpty()) {
      if (referrer != null) {
        throw new IllegalArgumentException("has both a pointer and a referrer, expected one of them");
      }
      return new MissingReference.InSession(path, pointer, original);
    }
    if (referrer == null) {
      throw new IllegalArgumentException("has neither a pointer nor a referrer, expected one of them");
    }
    if (location == null) {
      throw new IllegalArgumentException(noLocation(referrer));
    }
    return new MissingReference.InAsset(path, referrer, location, original);
  }

  private static String noLocation(String referrer) {
    return "has a referrer but no location, expected where in \"" + Excerpt.of(referrer)
        + "\" the reference is (a JSON Pointer or \"line N\")";
  }

  /**
   * Why a manifest's missing record breaks the rule; empty when it does not.
   *
   * @param isAssetEntry whether a name is an entry of the room other than the session
   */
  public static Optional<String> recordProblem(MissingReference m, Predicate<String> isAssetEntry) {
    requireNonNull(m, "m is null");
    requireNonNull(isAssetEntry, "isAssetEntry is null");
    String path = m.path();
    Optional<String> form = form(path);
    if (m instanceof MissingReference.InSession s) {
      if (!s.pointer().startsWith("/")) {
        return Optional.of("pointer \"" + Excerpt.of(s.pointer()) + "\" is not a JSON Pointer into the session");
      }
      if (form.isPresent()) {
        return Optional.of(quoted(path) + " " + form.get() + ", expected \"missing/<name>\"");
      }
      if (!path.startsWith(MISSING_FOLDER) || path.indexOf('/', MISSING_FOLDER.length()) >= 0) {
        return Optional.of(quoted(path) + " is not of the form \"missing/<name>\"");
      }
      return Optional.empty();
    }
    MissingReference.InAsset a = (MissingReference.InAsset) m;
    String referrer = a.referrer();
    if (!isAssetEntry.test(referrer)) {
      return Optional.of("referrer \"" + Excerpt.of(referrer) + "\" is not an asset entry of this room");
    }
    if (a.location().isEmpty()) {
      return Optional.of(noLocation(referrer));
    }
    if (form.isPresent()) {
      return Optional.of(quoted(path) + " " + form.get() + ", expected a bare file name");
    }
    if (path.indexOf('/') >= 0) {
      return Optional.of(quoted(path) + " is not a bare file name");
    }
    String target = folderOf(referrer) + path;
    if (isAssetEntry.test(target)) {
      return Optional.of(quoted(path) + " names the entry \"" + Excerpt.of(target) + "\", so it is not missing");
    }
    return Optional.empty();
  }

  /**
   * Whether an entry name lies in {@code missing/} (or is a file called {@code missing}), compared
   * as case-insensitive file systems do, so that no unpacked file can answer a missing name.
   */
  public static boolean isUnderMissing(String entryName) {
    int slash = entryName.indexOf('/');
    return EntryNames.foldKey(slash < 0 ? entryName : entryName.substring(0, slash)).equals(MISSING_KEY);
  }

  // The form alone: what makes a reference leave the room, or read differently on some platform.
  static Optional<String> form(String reference) {
    if (reference.isEmpty()) {
      return Optional.of("is empty");
    }
    for (int i = 0; i < reference.length(); i++) {
      if (Character.isISOControl(reference.charAt(i))) {
        return Optional.of("holds a control character");
      }
    }
    if (reference.length() >= 2 && isSlash(reference.charAt(0)) && isSlash(reference.charAt(1))) {
      return Optional.of("is a UNC path");
    }
    if (isSlash(reference.charAt(0))) {
      return Optional.of("is absolute");
    }
    if (DRIVE.matcher(reference).find()) {
      return Optional.of("is a Windows drive path");
    }
    Matcher scheme = SCHEME.matcher(reference);
    if (scheme.find()) {
      return Optional.of("is a URI with scheme \"" + Excerpt.of(scheme.group(1).toLowerCase(Locale.ROOT)) + "\"");
    }
    if (reference.startsWith("~")) {
      return Optional.of("starts with \"~\", the home folder");
    }
    for (String c : List.of("$", "%")) {
      if (reference.contains(c)) {
        return Optional.of("holds \"" + c + "\", which reads as a variable");
      }
    }
    if (reference.indexOf('\\') >= 0) {
      return Optional.of("holds a backslash");
    }
    if (reference.indexOf(':') >= 0) {
      return Optional.of("holds \":\"");
    }
    String[] segments = reference.split("/", -1);
    for (String segment : segments) {
      if (segment.equals("..")) {
        return Optional.of("has a \"..\" segment");
      }
    }
    for (String segment : segments) {
      if (segment.isEmpty() || segment.equals(".")) {
        return Optional.of("has an empty or \".\" segment");
      }
    }
    return Optional.empty();
  }

  private static boolean isSlash(char c) {
    return c == '/' || c == '\\';
  }

  private static boolean isDataUri(String reference) {
    return reference.regionMatches(true, 0, "data:", 0, 5);
  }

  // Only glTF and GLB define data: URIs (embedded buffers and images); elsewhere it is a name.
  private static boolean allowsDataUris(String referrer) {
    return AssetScanner.embedsDataUris(referrer);
  }

  private static String folderOf(String entry) {
    return entry.substring(0, entry.lastIndexOf('/') + 1);
  }

  private static String quoted(String path) {
    return "path " + Excerpt.quoted(path);
  }
}
