/** Implementation of the codecs; not API, may change in any release. */
@NullMarked
package dev.appsim.session.codec.internal;

import org.jspecify.annotations.NullMarked;
