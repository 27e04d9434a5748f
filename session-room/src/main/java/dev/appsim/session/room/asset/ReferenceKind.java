package dev.appsim.session.room.asset;

/** What a reference inside an asset points to. */
public enum ReferenceKind {
  /** A glTF buffer ({@code buffers[*].uri}), usually a {@code .bin}. */
  BUFFER,
  /** A glTF image ({@code images[*].uri}). */
  IMAGE,
  /** An OBJ {@code mtllib} file. */
  MATERIAL_LIBRARY,
  /** An MTL texture map ({@code map_Kd}, {@code bump}, ...). */
  TEXTURE
}
