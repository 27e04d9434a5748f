package dev.appsim.session.testkit;

/**
 * How a generated session writes a model's path (FORMAT.md 1.3), and where the file lies in the
 * {@link AssetTree} so that the tree's {@link AssetTree#resolverOptions() resolver options} find it.
 */
public enum AssetPathStyle {
  /** {@code local/model-0.gltf}, relative to the session's folder. */
  RELATIVE,
  /** The file's real absolute path on this machine, e.g. {@code /tmp/assets123/absolute/model-1.gltf}. */
  ABSOLUTE,
  /** {@code C:\Users\ana\MagicLeap\zi\models\model-2.gltf}; found through a remap of {@code C:\Users\ana\MagicLeap\zi}. */
  WINDOWS,
  /** {@code \\fileserver\share\rooms\model-3.gltf}; found through a remap of {@code \\fileserver\share\rooms}. */
  UNC,
  /** {@code ~/models/model-4.gltf}; found through the tree's home folder. */
  HOME,
  /** {@code file:///...}: a {@code file:} URI of the real absolute path. */
  FILE_URI,
  /** {@code ${APPSIM_ASSETS}/model-6.gltf}; found through the environment. */
  ENV_BRACED,
  /** {@code $APPSIM_ASSETS/model-7.gltf}. */
  ENV_BARE,
  /** {@code %APPSIM_ASSETS%\model-8.gltf}, the Windows spelling. */
  ENV_WINDOWS
}
