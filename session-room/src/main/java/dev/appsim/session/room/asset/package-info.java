/**
 * File references inside assets: finding them ({@link dev.appsim.session.room.asset.AssetScanner},
 * with where they sit: {@link dev.appsim.session.room.asset.AssetLayout}) and writing a copy with
 * them replaced ({@link dev.appsim.session.room.asset.AssetRewriter}, as byte-range
 * {@link dev.appsim.session.room.asset.AssetEdits} applied by a streaming copy), for glTF, GLB,
 * OBJ and MTL; plus media types by extension
 * ({@link dev.appsim.session.room.asset.MediaTypes}).
 *
 * <p>Assets are untrusted: parsing is bounded by {@link dev.appsim.session.room.asset.AssetLimits}
 * and a malformed asset is reported as an {@link dev.appsim.session.room.asset.AssetFormatException}
 * naming the file and where in it.
 */
@NullMarked
package dev.appsim.session.room.asset;

import org.jspecify.annotations.NullMarked;
