/** Implementation of the testkit; not API, may change in any release. */
@NullMarked
package dev.appsim.session.testkit.internal;

import org.jspecify.annotations.NullMarked;
