/**
 * Text rules every room package shares: strict percent-decoding. A package of its own below the
 * others, so that {@code path}, {@code asset} and {@code internal} can all use it without
 * depending on one another; not API, may change without notice.
 */
@NullMarked
package dev.appsim.session.room.text;

import org.jspecify.annotations.NullMarked;
