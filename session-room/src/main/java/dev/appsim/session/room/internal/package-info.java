/** Implementation of rooms; not API, may change without notice. */
@NullMarked
package dev.appsim.session.room.internal;

import org.jspecify.annotations.NullMarked;
