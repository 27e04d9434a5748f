package dev.appsim.session.room.internal;

import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.MissingReference;
import dev.appsim.session.room.PathStyle;
import dev.appsim.session.room.RoomManifest;
import dev.appsim.session.room.UnsafeArchiveException;
import dev.appsim.session.room.path.RawPath;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** The rules for paths in a packaged session, and their relocation when unpacking. */
public final class SessionPaths {
  private SessionPaths() {}

  /**
   * Every path must name an entry of the room, or be a reference the manifest records as
   * missing; anything else could point outside the archive once unpacked.
   *
   * @throws UnsafeArchiveException naming the session entry and the pointer
   */
  public static void check(SessionDocument session, RoomManifest manifest) {
    Set<String> missing = new HashSet<>();
    for (MissingReference m : manifest.missing()) {
      if (m.referrer() == null) {
        missing.add(m.pointer());
      }
    }
    for (AssetRef ref : session.assetRefs()) {
      if (missing.contains(ref.pointer())) {
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
