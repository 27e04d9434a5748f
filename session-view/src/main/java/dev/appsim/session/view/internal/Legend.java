package dev.appsim.session.view.internal;

import dev.appsim.session.model.LightType;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The legend column: a symbol and a word for each kind of thing the plan shows (only those
 * present, in a fixed order), then the view's axes, the grid spacing and counts.
 */
public final class Legend {
  private static final int ROW = 17;

  private final List<String> symbols = new ArrayList<>();
  private final List<String> words = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /**
   * @param notes lines of plain text to add after the symbols, not yet escaped
   */
  public Legend(PlanItems items, List<String> notes) {
    Set<Palette> palettes = EnumSet.noneOf(Palette.class);
    Set<Palette> outlined = EnumSet.noneOf(Palette.class);
    for (PlanItems.PlaneShape p : items.planes()) {
      (p.outlineOnly() ? outlined : palettes).add(p.palette());
    }
    for (Palette p : Palette.values()) {
      if (palettes.contains(p)) {
        add("<rect x=\"-7\" y=\"-5\" width=\"14\" height=\"10\" class=\"plane\" fill=\"" + p.hex() + "\"/>",
            p.label() + " plane");
      }
      if (outlined.contains(p)) {
        add("<rect x=\"-7\" y=\"-5\" width=\"14\" height=\"10\" class=\"plane outline\"/>", p.label() + " (outline)");
      }
    }
    if (!items.footprints().isEmpty()) {
      add("<polygon class=\"block\" points=\"-7,4 -3,-5 7,-3 5,5\"/>", "mesh block footprint");
    }
    if (items.cacheBounds() != null) {
      add("<rect x=\"-7\" y=\"-5\" width=\"14\" height=\"10\" class=\"bounds\"/>", "geometry cache bounds");
    }
    Set<PlanItems.Kind> kinds = EnumSet.noneOf(PlanItems.Kind.class);
    boolean range = false;
    boolean cone = false;
    boolean hidden = false;
    for (PlanItems.Marker m : items.markers()) {
      kinds.add(m.kind());
      hidden |= m.hidden();
      if (m.light() != null) {
        range |= m.light().type() == LightType.POINT || m.light().type() == LightType.AMBIENT;
        cone |= m.light().type() == LightType.SPOT;
      }
    }
    symbol(kinds, PlanItems.Kind.GROUP, "<rect class=\"group\" x=\"-4\" y=\"-4\" width=\"8\" height=\"8\"/>", "group");
    symbol(kinds, PlanItems.Kind.MODEL, "<rect class=\"model\" x=\"-5\" y=\"-5\" width=\"10\" height=\"10\"/>", "model");
    symbol(kinds, PlanItems.Kind.LIGHT, "<circle class=\"light\" r=\"5\"/>", "light");
    if (range) {
      add("<circle class=\"range\" r=\"6\"/>", "light range");
    }
    if (cone) {
      add("<polygon class=\"cone\" points=\"-7,0 7,-6 7,6\"/>", "spot cone (outer, inner)");
    }
    symbol(kinds, PlanItems.Kind.ANCHOR, "<polygon class=\"anchor\" points=\"0,-6 6,0 0,6 -6,0\"/>", "anchor");
    symbol(kinds, PlanItems.Kind.CAMERA, "<polygon class=\"camera\" points=\"9,0 -5,6 -5,-6\"/>", "scene camera");
    symbol(kinds, PlanItems.Kind.HEAD, "<circle class=\"head\" r=\"6\"/>", "head pose");
    symbol(kinds, PlanItems.Kind.CONTROLLER, "<rect class=\"controller\" x=\"-4\" y=\"-4\" width=\"8\" height=\"8\"/>",
        "controller");
    if (kinds.contains(PlanItems.Kind.LEFT_HAND) || kinds.contains(PlanItems.Kind.RIGHT_HAND)) {
      add("<circle class=\"hand\" r=\"6\"/>", "hands (L, R)");
    }
    symbol(kinds, PlanItems.Kind.EYES, "<circle class=\"eyes\" r=\"4\"/>", "eye fixation");
    if (hidden) {
      add("<rect class=\"model hidden\" x=\"-5\" y=\"-5\" width=\"10\" height=\"10\"/>", "hidden (faded)");
    }
    for (String note : notes) {
      this.notes.add(XmlText.escape(note, 64));
    }
  }

  private void symbol(Set<PlanItems.Kind> kinds, PlanItems.Kind kind, String svg, String word) {
    if (kinds.contains(kind)) {
      add(svg, word);
    }
  }

  private void add(String svg, String word) {
    symbols.add(svg);
    words.add(word);
  }

  /** Writes the column with its top-left corner at (x, y). */
  public void write(Writer out, int x, int y) throws IOException {
    out.write("<g class=\"legend\" transform=\"translate(" + x + "," + y + ")\">\n");
    int row = 12;
    for (int i = 0; i < symbols.size(); i++, row += ROW) {
      out.write("<g transform=\"translate(10," + row + ")\">" + symbols.get(i) + "</g><text x=\"24\" y=\"" + (row + 4)
          + "\">" + words.get(i) + "</text>\n");
    }
    row += 6;
    for (String note : notes) {
      out.write("<text x=\"2\" y=\"" + (row + 4) + "\">" + note + "</text>\n");
      row += ROW - 2;
    }
    out.write("</g>\n");
  }

  /** {@code n} with a comma between thousands, whatever the locale. */
  public static String count(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    return (n < 0 ? "-" : "") + sb;
  }
}
