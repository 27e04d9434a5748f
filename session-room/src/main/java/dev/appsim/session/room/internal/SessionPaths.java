package dev.appsim.session.room.internal;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.PathStyle;
import java.nio.file.Path;

/** Relocates the paths of a packaged session when its room is unpacked. */
public final class SessionPaths {
  private SessionPaths() {}

  /**
   * The session with every path pointing into {@code folder}, or unchanged for
   * {@link PathStyle#RELATIVE}. Call it only on a session that {@link RoomReferences#check passed the
   * rule}: then every path is a plain relative one, either an entry (now an unpacked file) or a
   * recorded {@code missing/<name>}, which stays inside {@code folder} and names nothing there.
   */
  public static SessionDocument relocate(SessionDocument session, Path folder, PathStyle style) {
    if (style == PathStyle.RELATIVE) {
      return session;
    }
    return session.withAssetPaths(ref -> {
      Path inside = folder.resolve(ref.path()).normalize();
      // The rule already guarantees this; a relocated path outside the target would be a bug here.
      if (!inside.startsWith(folder) || inside.equals(folder)) {
        throw new IllegalStateException(ref.pointer() + ": \"" + ref.path() + "\" relocates outside " + folder);
      }
      return inside.toString();
    });
  }
}
