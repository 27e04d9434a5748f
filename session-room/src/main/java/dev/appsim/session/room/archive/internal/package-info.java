/** Implementation of the room ZIP layer: record layouts, name rules, streams. Not API. */
@NullMarked
package dev.appsim.session.room.archive.internal;

import org.jspecify.annotations.NullMarked;
