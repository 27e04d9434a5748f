package dev.appsim.session.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan as a real browser draws it: headless Chromium renders the SVG to a PNG, and pixels are
 * sampled where the session puts things, with positions derived from the session (through the
 * cache-bounds rectangle), not from the renderer's own numbers.
 */
class BrowserRenderTest {
  private static final int FLOOR = 0xD8C3A0;
  private static final int MODEL = 0x2B6CB0;
  private static final int ANCHOR = 0xC53030;
  private static final int BLOCK = 0x6E6E6E;
  private static final int PAGE = 0xFFFFFF;
  private static final int PLOT = 0xF4F4F0;
  private static final int GRID = 0xDCDCD6;

  @TempDir Path dir;

  @Test
  void theFloorAndTheNodesShowWhereTheSessionPutsThem() throws Exception {
    Path chromium = Tools.chromium();
    String svg = FloorPlan.toSvg(Fixtures.room(), null, RenderOptions.defaults());
    BufferedImage png = screenshot(chromium, svg, 960, 720);
    double[] frame = new SvgDom(svg).frame(-3, -4, 3, 1);
    assertColour(FLOOR, png, SvgDom.px(frame, -1, -2.5), "the floor, inside its extent");
    assertColour(FLOOR, png, SvgDom.px(frame, 2.8, 0.8), "the floor, near its corner");
    assertColour(MODEL, png, SvgDom.px(frame, 1.5, -3), "the sofa's marker");
    assertColour(ANCHOR, png, SvgDom.px(frame, -2, 0), "the anchor's marker");
    double[] outside = SvgDom.px(frame, -1.1, 1.2);
    int bg = rgb(png, outside);
    assertTrue(near(bg, PLOT) || near(bg, GRID), "plot background beyond the floor, was " + hex(bg));
    assertColour(PAGE, png, new double[] {955, 715}, "the page outside the plot");
  }

  @Test
  void theExampleShowsItsFloorUnderTheScanAndTheSofa() throws Exception {
    Path chromium = Tools.chromium();
    String svg = FloorPlan.toSvg(Fixtures.example(), Fixtures.exampleCache(), RenderOptions.defaults());
    BufferedImage png = screenshot(chromium, svg, 960, 720);
    // The example's cache bounds: x -3..3, z -4..1.
    double[] frame = new SvgDom(svg).frame(-3, -4, 3, 1);
    // The floor mesh block's footprint lies over the floor plane at 18 % opacity.
    assertColour(blend(FLOOR, BLOCK, 0.18), png, SvgDom.px(frame, 2.5, 0.5), "floor under the scanned floor block");
    assertColour(MODEL, png, SvgDom.px(frame, -2.5, -1.8), "the sofa at (-2.5, 0, -1.8)");
  }

  private BufferedImage screenshot(Path chromium, String svg, int width, int height) throws Exception {
    Path file = dir.resolve("plan.svg");
    Files.writeString(file, svg);
    Path png = dir.resolve("plan.png");
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=" + profile,
        "--screenshot=" + png, "--window-size=" + width + "," + height, file.toUri().toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish: " + Files.readString(dir.resolve("chromium.log")));
    }
    assertTrue(Files.exists(png), "Chromium wrote no screenshot: " + Files.readString(dir.resolve("chromium.log")));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(width, image.getWidth());
    return image;
  }

  private static void assertColour(int expected, BufferedImage png, double[] at, String what) {
    int actual = rgb(png, at);
    assertTrue(near(actual, expected), what + " at " + (int) at[0] + "," + (int) at[1] + ": expected " + hex(expected)
        + ", was " + hex(actual));
  }

  private static int rgb(BufferedImage png, double[] at) {
    return png.getRGB((int) Math.floor(at[0]), (int) Math.floor(at[1])) & 0xFFFFFF;
  }

  private static boolean near(int a, int b) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 4) {
        return false;
      }
    }
    return true;
  }

  private static int blend(int under, int over, double alpha) {
    int out = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      double c = ((under >> shift) & 0xFF) * (1 - alpha) + ((over >> shift) & 0xFF) * alpha;
      out |= (int) Math.round(c) << shift;
    }
    return out;
  }

  private static String hex(int rgb) {
    return String.format("#%06x", rgb);
  }
}
