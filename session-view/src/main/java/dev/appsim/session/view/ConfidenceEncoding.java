package dev.appsim.session.view;

/**
 * How {@link GltfExport} carries a mesh block's per-vertex confidence. Blocks without confidence
 * get neither attribute.
 */
public enum ConfidenceEncoding {
  /**
   * Both {@link #COLOR} and {@link #ATTRIBUTE}: viewers show the colours, tools read the values.
   * The default.
   */
  COLOR_AND_ATTRIBUTE,
  /**
   * {@code COLOR_0}, a float RGB ramp from red (confidence 0) through yellow (0.5) to green (1),
   * which every glTF viewer multiplies into the surface colour.
   */
  COLOR,
  /** {@code _CONFIDENCE}, an application-specific float scalar attribute holding the values as they are. */
  ATTRIBUTE,
  /** Neither: positions and normals only. */
  NONE
}
