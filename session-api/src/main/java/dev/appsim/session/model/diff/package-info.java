/**
 * The semantic difference of two session documents as JSON Pointers with old and new values:
 * {@link dev.appsim.session.model.diff.DocumentDiff}. Used by {@code session diff} and by the
 * testkit's {@code SessionDiff} assertions.
 */
@NullMarked
package dev.appsim.session.model.diff;

import org.jspecify.annotations.NullMarked;
