/**
 * The exceptions rooms throw: {@link dev.appsim.session.room.error.RoomException}, the base every
 * room failure extends, and the subtypes more than one room package throws:
 * {@link dev.appsim.session.room.error.UnsafeArchiveException} (a malformed or hostile archive),
 * its {@link dev.appsim.session.room.error.UnsafeReferenceException} (a session or asset path a
 * room does not allow), {@link dev.appsim.session.room.error.IntegrityException} (bytes that
 * disagree with the manifest or the zip directory) and
 * {@link dev.appsim.session.room.error.OutputConflictException} (an output that is one of the
 * inputs).
 *
 * <p>A package of its own below the others, depending on no other room package, so that
 * {@code room}, {@code path}, {@code asset} and {@code archive} can all throw them without
 * depending on one another. Subtypes that belong to one package stay there:
 * {@code path.PathSyntaxException}, {@code path.HostEncodingException},
 * {@code asset.AssetFormatException}, and {@code room.MissingDependenciesException}, which carries
 * the planner's references.
 */
@NullMarked
package dev.appsim.session.room.error;

import org.jspecify.annotations.NullMarked;
