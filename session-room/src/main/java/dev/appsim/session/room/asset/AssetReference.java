package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One file reference found inside an asset.
 *
 * @param raw the referenced path as a {@link dev.appsim.session.room.path.PathResolver} takes it,
 *     relative to the asset's folder: glTF URIs are percent-decoded (a URI with a scheme, such as
 *     {@code file:///C:/x.png}, or one that does not decode as UTF-8, is kept as written); OBJ and
 *     MTL names are the text as written, with OBJ's {@code \ } escapes read as spaces
 * @param location where in the asset: a JSON Pointer ({@code /images/2/uri}) or {@code line 12}
 * @param kind what the reference points to
 * @param alternatives other readings of the same text, to try in order when {@code raw} names no
 *     file: for {@code mtllib box mtllib red.mtl}, {@code raw} is the whole remainder (the file
 *     Blender wrote) and the alternatives are the names {@code box}, {@code mtllib} and
 *     {@code red.mtl} (the OBJ specification's list of names). Empty for almost every reference;
 *     an alternative has none of its own
 */
public record AssetReference(String raw, String location, ReferenceKind kind, List<AssetReference> alternatives) {
  /**
   * Checks the components and copies {@code alternatives}.
   *
   * @param raw the referenced path as a {@link dev.appsim.session.room.path.PathResolver} takes it,
   *     relative to the asset's folder: glTF URIs are percent-decoded (a URI with a scheme, such as
   *     {@code file:///C:/x.png}, or one that does not decode as UTF-8, is kept as written); OBJ and
   *     MTL names are the text as written, with OBJ's {@code \ } escapes read as spaces
   * @param location where in the asset: a JSON Pointer ({@code /images/2/uri}) or {@code line 12}
   * @param kind what the reference points to
   * @param alternatives other readings of the same text, to try in order when {@code raw} names no
   *     file: for {@code mtllib box mtllib red.mtl}, {@code raw} is the whole remainder (the file
   *     Blender wrote) and the alternatives are the names {@code box}, {@code mtllib} and
   *     {@code red.mtl} (the OBJ specification's list of names). Empty for almost every reference;
   *     an alternative has none of its own
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if an alternative has alternatives of its own
   */
  public AssetReference {
    requireNonNull(raw, "raw is null");
    requireNonNull(location, "location is null");
    requireNonNull(kind, "kind is null");
    alternatives = List.copyOf(requireNonNull(alternatives, "alternatives is null"));
    for (AssetReference a : alternatives) {
      if (!a.alternatives.isEmpty()) {
        throw new IllegalArgumentException("alternative \"" + a.raw + "\" of \"" + raw + "\" has alternatives itself");
      }
    }
  }

  /**
   * A reference with one reading only.
   *
   * @param raw the referenced path, relative to the asset's folder
   * @param location where in the asset: a JSON Pointer or {@code line N}
   * @param kind what the reference points to
   */
  public AssetReference(String raw, String location, ReferenceKind kind) {
    this(raw, location, kind, List.of());
  }
}
