package dev.appsim.session.room.asset;

/** What a reference inside an asset points to. */
public enum ReferenceKind {
  /** A glTF buffer ({@code buffers[*].uri}, glTF 1.0 {@code buffers.<id>.uri}), usually a {@code .bin}. */
  BUFFER,
  /** A glTF image ({@code images[*].uri}, glTF 1.0 {@code images.<id>.uri}). */
  IMAGE,
  /** A shader: glTF 1.0 {@code shaders.<id>.uri}, {@code KHR_techniques_webgl} {@code shaders[*].uri}. */
  SHADER,
  /** Any other glTF {@code uri}, such as the audio of {@code KHR_audio_emitter}. */
  RESOURCE,
  /** An OBJ {@code mtllib} file. */
  MATERIAL_LIBRARY,
  /** An MTL texture map ({@code map_Kd}, {@code bump}, ...). */
  TEXTURE
}
