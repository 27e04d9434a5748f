package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

/**
 * One file reference found inside an asset.
 *
 * @param raw the referenced path as a {@link dev.appsim.session.room.path.PathResolver} takes it,
 *     relative to the asset's folder: glTF URIs are percent-decoded (a URI with a scheme, such as
 *     {@code file:///C:/x.png}, or one that does not decode as UTF-8, is kept as written); OBJ and
 *     MTL names are the text as written
 * @param location where in the asset: a JSON Pointer ({@code /images/2/uri}) or {@code line 12}
 * @param kind what the reference points to
 */
public record AssetReference(String raw, String location, ReferenceKind kind) {
  public AssetReference {
    requireNonNull(raw, "raw is null");
    requireNonNull(location, "location is null");
    requireNonNull(kind, "kind is null");
  }
}
