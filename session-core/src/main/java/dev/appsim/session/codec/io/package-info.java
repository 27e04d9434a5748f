/** Crash-safe file writing shared by the session and room writers. */
@NullMarked
package dev.appsim.session.codec.io;

import org.jspecify.annotations.NullMarked;
