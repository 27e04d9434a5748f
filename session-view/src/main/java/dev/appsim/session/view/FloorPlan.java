package dev.appsim.session.view;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.io.AtomicFiles;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.view.internal.Legend;
import dev.appsim.session.view.internal.PlanItems;
import dev.appsim.session.view.internal.Projection;
import dev.appsim.session.view.internal.SvgPlanWriter;
import dev.appsim.session.view.internal.XmlText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A session drawn as a floor plan, the way the simulator's birds-eye mini map shows it: the
 * geometry cache's bounds and a metre grid, detected planes filled by semantic (ceilings only
 * outlined from above), the footprint of every mesh block, each node at its world position with
 * its name, light ranges and spot cones, anchors, the scene camera, head pose, controller, hands
 * and eye fixation, a legend and a scale bar.
 *
 * <pre>{@code
 * SessionDocument doc = Sessions.read(Path.of("living-room.session"));
 * GeometryCache scan = SessionCodec.defaults().readGeometryCache(Path.of("scans/living-room.geocache"));
 * FloorPlan.render(doc, scan, RenderOptions.defaults(), Path.of("living-room.svg"));
 * }</pre>
 *
 * <p>The SVG is deterministic: the same session and options give the same bytes on every machine
 * (fixed element order, pixel numbers with one decimal, no timestamps, no locale). Its size does
 * not grow with the vertex count: a block is drawn as its footprint, the convex hull of its
 * vertices' extremes in 24 directions, computed in one pass without copying the mesh. Names are
 * escaped and cut at 48 code points; characters XML cannot carry become
 * U+FFFD. Items whose world position overflows the double range are left out and counted in the
 * legend.
 *
 * <p>Thread-safe: every call works on its own state.
 */
public final class FloorPlan {
  private FloorPlan() {}

  /**
   * Writes the plan as SVG text to {@code out}, which is flushed, not closed.
   *
   * @param doc the session to draw
   * @param cache the geometry cache to draw; null draws the session's inline cache, if it has one
   *     (an external sidecar must be read by the caller and passed here)
   * @param options the view and the picture size
   * @param out where the SVG text goes
   * @throws IOException if writing fails
   */
  public static void render(SessionDocument doc, @Nullable GeometryCache cache, RenderOptions options, Writer out)
      throws IOException {
    requireNonNull(doc, "doc is null");
    requireNonNull(options, "options is null");
    requireNonNull(out, "out is null");
    GeometryCache drawn = cache != null ? cache : doc.geometryCache() instanceof GeometryCache inline ? inline : null;
    PlanItems items = new PlanItems(doc, drawn, Projection.of(options.view()));
    SvgPlanWriter writer = new SvgPlanWriter(items, options, out);
    writer.write(title(doc, options.view()), new Legend(items, notes(doc, drawn, items, writer, options.view())));
    out.flush();
  }

  /**
   * Writes the plan as UTF-8 SVG to {@code out}, which is flushed, not closed.
   *
   * @param doc the session to draw
   * @param cache the geometry cache to draw, or null (see {@link #render(SessionDocument, GeometryCache,
   *     RenderOptions, Writer)})
   * @param options the view and the picture size
   * @param out where the SVG bytes go
   * @throws IOException if writing fails
   */
  public static void render(SessionDocument doc, @Nullable GeometryCache cache, RenderOptions options, OutputStream out)
      throws IOException {
    requireNonNull(out, "out is null");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    render(doc, cache, options, writer);
  }

  /**
   * Writes the plan to {@code file}, replacing it atomically (see {@link AtomicFiles}).
   *
   * @param doc the session to draw
   * @param cache the geometry cache to draw, or null (see {@link #render(SessionDocument, GeometryCache,
   *     RenderOptions, Writer)})
   * @param options the view and the picture size
   * @param file the SVG file to write
   * @throws IOException if writing fails
   */
  public static void render(SessionDocument doc, @Nullable GeometryCache cache, RenderOptions options, Path file)
      throws IOException {
    requireNonNull(file, "file is null");
    AtomicFiles.write(file, out -> render(doc, cache, options, out));
  }

  /**
   * The plan as SVG text.
   *
   * @param doc the session to draw
   * @param cache the geometry cache to draw, or null (see {@link #render(SessionDocument, GeometryCache,
   *     RenderOptions, Writer)})
   * @param options the view and the picture size
   * @return the SVG document
   */
  public static String toSvg(SessionDocument doc, @Nullable GeometryCache cache, RenderOptions options) {
    StringWriter out = new StringWriter();
    try {
      render(doc, cache, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  private static String title(SessionDocument doc, View view) {
    String name = doc.metadata().name().isBlank() ? "Untitled session" : doc.metadata().name();
    return XmlText.escape(name, 60) + " \u2014 " + view.name().toLowerCase(Locale.ROOT) + " view";
  }

  private static List<String> notes(SessionDocument doc, @Nullable GeometryCache cache, PlanItems items,
      SvgPlanWriter writer, View view) {
    List<String> notes = new ArrayList<>();
    notes.add(switch (view) {
      case TOP -> "right +X, up -Z (north), from above";
      case FRONT -> "right +X, up +Y, looking along -Z";
      case SIDE -> "right -Z, up +Y, looking along -X";
    });
    notes.add("grid " + writer.gridStep().metres());
    notes.add(Legend.count(doc.scene().size()) + (doc.scene().size() == 1 ? " node" : " nodes"));
    if (cache != null) {
      notes.add(Legend.count(cache.meshBlocks().size()) + " mesh blocks, " + Legend.count(cache.vertexCount())
          + " vertices");
      notes.add(Legend.count(cache.planes().size()) + (cache.planes().size() == 1 ? " plane" : " planes"));
    } else if (doc.geometryCache() instanceof ExternalGeometryCache) {
      notes.add("geometry cache sidecar not read");
    } else {
      notes.add("no geometry cache");
    }
    if (items.notDrawn() > 0) {
      notes.add(Legend.count(items.notDrawn()) + " beyond the number range, not drawn");
    }
    return notes;
  }
}
