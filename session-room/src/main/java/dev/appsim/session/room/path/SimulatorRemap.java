package dev.appsim.session.room.path;

/**
 * Whether a path into another user's simulator install is looked for in this user's install of
 * the same version ({@link ResolverOptions.Builder#simulatorRemap(SimulatorRemap)}).
 *
 * <p>A session saved by the simulator names its own files by absolute paths into the install of
 * the user who saved it, {@code C:\Users\ana\MagicLeap\tools\zi\1.6.0VirtualDevice\data\models\sofa.gltf}.
 * The same version installs the same files on every machine, so on bo's machine that file is
 * {@code /home/bo/MagicLeap/tools/zi/1.6.0VirtualDevice/data/models/sofa.gltf}: an implicit remap,
 * recorded as an {@link Attempt.Strategy#SIMULATOR_INSTALL} attempt so that a plan says where the
 * file came from.
 */
public enum SimulatorRemap {
  /**
   * The default: when a path into {@code .../MagicLeap/tools/zi/<version>VirtualDevice/...} is not
   * found by an explicit remap or as written, try the same path below {@link
   * ResolverOptions#home()}'s install of that version, if that version is installed.
   */
  LOCAL_INSTALL,
  /** Never: such paths resolve only through explicit remaps, as written, or by search. */
  OFF
}
