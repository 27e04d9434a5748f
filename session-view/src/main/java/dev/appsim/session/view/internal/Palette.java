package dev.appsim.session.view.internal;

import dev.appsim.session.model.Plane;
import dev.appsim.session.model.PlaneSemantic;

/**
 * The colours of plane semantics, shared by the floor plan and the glTF materials so a plane
 * looks the same in both. A plane with several semantics takes its first.
 */
enum Palette {
  FLOOR("floor", 0xD8C3A0),
  WALL("wall", 0x8FA3BF),
  CEILING("ceiling", 0xB9C8D6),
  TABLE("table", 0xA9784F),
  OTHER("other", 0xA7C7A0),
  UNLABELLED("unlabelled", 0xCFCFCF);

  private final String label;
  private final int rgb;

  Palette(String label, int rgb) {
    this.label = label;
    this.rgb = rgb;
  }

  public static Palette of(Plane plane) {
    if (plane.semantics().isEmpty()) {
      return UNLABELLED;
    }
    PlaneSemantic first = plane.semantics().get(0);
    return switch (first) {
      case FLOOR -> FLOOR;
      case WALL -> WALL;
      case CEILING -> CEILING;
      case TABLE -> TABLE;
      case OTHER -> OTHER;
    };
  }

  /** The word shown in the legend and used as the glTF material name. */
  public String label() {
    return label;
  }

  /** "#d8c3a0". */
  public String hex() {
    return String.format(java.util.Locale.ROOT, "#%06x", rgb);
  }

  /** The sRGB colour as 0xRRGGBB. */
  public int rgb() {
    return rgb;
  }

  /** Component {@code i} (0 red, 1 green, 2 blue) converted from sRGB to linear, as glTF wants. */
  public double linear(int i) {
    double c = ((rgb >> (16 - 8 * i)) & 0xFF) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
