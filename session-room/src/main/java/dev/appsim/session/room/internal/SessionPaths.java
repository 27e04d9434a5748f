package dev.appsim.session.room.internal;

import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.MissingReference;
import dev.appsim.session.room.PathStyle;
import dev.appsim.session.room.RoomManifest;
import dev.appsim.session.room.UnsafeArchiveException;
import dev.appsim.session.room.path.RawPath;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The rules for paths in a packaged session, and their relocation when unpacking. */
public final class SessionPaths {
  private SessionPaths() {}

  /**
   * Every path must name an entry of the room, or be exactly the path the manifest records as
   * missing at that pointer; anything else could point outside the archive once unpacked.
   *
   * @throws UnsafeArchiveException naming the session entry and the pointer
   */
  public static void check(SessionDocument session, RoomManifest manifest) {
    // pointer -> recorded path; a record exempts its own path only, not whatever the session says
    Map<String, String> missing = new HashMap<>();
    for (MissingReference m : manifest.missing()) {
      if (m.referrer() == null) {
        missing.put(m.pointer(), m.path());
      }
    }
    for (AssetRef ref : session.assetRefs()) {
      if (ref.path().equals(missing.get(ref.pointer()))) {
        continue;
      }
      if (!RawPath.isArchiveSafeRelative(ref.path()) || manifest.entry(ref.path()).isEmpty()
          || ref.path().equals(manifest.session())) {
        throw new UnsafeArchiveException(manifest.session(), manifest.session() + " " + ref.pointer() + ": path \""
            + Excerpt.of(ref.path()) + "\" does not name an entry of this room");
      }
    }
  }

  /** The session with every packaged path pointing at the unpacked file in {@code folder}. */
  public static SessionDocument relocate(SessionDocument session, RoomManifest manifest, Path folder, PathStyle style) {
    if (style == PathStyle.RELATIVE) {
      return session;
    }
    return session.withAssetPaths(ref -> manifest.entry(ref.path()).isPresent() && RawPath.isArchiveSafeRelative(ref.path())
        ? folder.resolve(ref.path()).toString()
        : ref.path());
  }
}
