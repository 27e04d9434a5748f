/**
 * Rooms: packaging a session and every file it references into one {@code .room} archive,
 * opening, verifying and unpacking it on another machine.
 */
@NullMarked
package dev.appsim.session.room;

import org.jspecify.annotations.NullMarked;
