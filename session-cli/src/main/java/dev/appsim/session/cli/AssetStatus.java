package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.AssetRef;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether a file a session references is there: resolved on disk for a session, an entry of the
 * archive for a room.
 *
 * @param ref the reference as written, with its pointer and role
 * @param state present, missing or ambiguous
 * @param location the file found (absolute) or the archive entry; {@code null} unless present
 */
record AssetStatus(AssetRef ref, State state, @Nullable String location) {
  /** The outcome for one reference. */
  enum State {
    PRESENT,
    MISSING,
    /** A search found several equally good files and none was chosen. */
    AMBIGUOUS;

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  AssetStatus {
    requireNonNull(ref, "ref is null");
    requireNonNull(state, "state is null");
    if ((state == State.PRESENT) != (location != null)) {
      throw new IllegalArgumentException("location must be given exactly when " + ref.path() + " is present");
    }
  }
}
