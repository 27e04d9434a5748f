/**
 * Implementation of the views: geometry helpers, the SVG and glTF writers. Not API: shapes may
 * change in any release.
 */
@NullMarked
package dev.appsim.session.view.internal;

import org.jspecify.annotations.NullMarked;
