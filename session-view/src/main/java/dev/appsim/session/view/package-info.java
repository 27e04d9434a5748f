/**
 * Looking at a session without the simulator: {@link dev.appsim.session.view.FloorPlan} draws the
 * birds-eye mini map as a deterministic SVG, and {@link dev.appsim.session.view.GltfExport} writes
 * the observed geometry cache and the scene's node transforms as glTF 2.0 that any viewer opens.
 *
 * <p>Conventions shared by both: the world is the session's frame, in metres, +Y up; a rotation
 * turns a node's local axes into its parent's; lights, cameras, the head and the controller look
 * along their local -Z (as in glTF); a plane's normal is its local +Z and its boundary lies in its
 * local XY plane. Packages named {@code internal} are not API.
 */
@NullMarked
package dev.appsim.session.view;

import org.jspecify.annotations.NullMarked;
