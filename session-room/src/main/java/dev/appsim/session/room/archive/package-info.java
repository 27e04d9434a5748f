/**
 * The low-level ZIP layer of {@code .room} archives: a deterministic parallel writer
 * ({@link dev.appsim.session.room.archive.RoomZipWriter}), a reader that validates the whole
 * archive before any data is read ({@link dev.appsim.session.room.archive.SafeZipReader}), and an
 * all-or-nothing extraction helper ({@link dev.appsim.session.room.archive.SafeExtractor}).
 *
 * <p>This package knows nothing of sessions or manifests; the room layer builds on it.
 */
@NullMarked
package dev.appsim.session.room.archive;

import org.jspecify.annotations.NullMarked;
