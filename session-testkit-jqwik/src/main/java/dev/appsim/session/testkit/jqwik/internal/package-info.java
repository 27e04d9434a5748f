/** Implementation of the jqwik testkit; not API, may change in any release. */
@NullMarked
package dev.appsim.session.testkit.jqwik.internal;

import org.jspecify.annotations.NullMarked;
