/**
 * Resolving raw path strings, exactly as written in a session or asset file, to real files on this
 * machine, whatever OS wrote them and whatever OS reads them.
 *
 * <p>{@link dev.appsim.session.room.path.RawPathParser} classifies and parses a raw string without
 * touching the file system; {@link dev.appsim.session.room.path.PathResolver} expands variables,
 * applies prefix remaps and search paths, and records every attempt in a
 * {@link dev.appsim.session.room.path.Resolution} that can explain a miss.
 */
@NullMarked
package dev.appsim.session.room.path;

import org.jspecify.annotations.NullMarked;
