/**
 * Reading and writing session documents as JSON and Smile.
 *
 * <p>{@link dev.appsim.session.codec.Sessions} is the one-line entry point; {@link
 * dev.appsim.session.codec.SessionCodec} is the configurable, thread-safe codec behind it. Bad input
 * is reported as a {@link dev.appsim.session.codec.SessionFormatException} (syntax, limits,
 * versions) or a {@link dev.appsim.session.model.SessionValidationException} (every broken rule of
 * an otherwise readable document), both members of the library's {@link
 * dev.appsim.session.model.SessionException} family.
 */
@NullMarked
package dev.appsim.session.codec;

import org.jspecify.annotations.NullMarked;
