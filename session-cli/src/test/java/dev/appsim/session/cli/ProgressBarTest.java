package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void fillsByBytes() {
    assertEquals("Packaging [###############---------------] 3/12 files  1.5 MB/3.0 MB",
        ProgressBar.line("Packaging", 3, 12, 1_500_000, 3_000_000, 79));
  }

  @Test
  void fillsByFilesWhenThereAreNoBytes() {
    assertEquals("Packaging [##########--------------------] 1/3 files  0 B/0 B",
        ProgressBar.line("Packaging", 1, 3, 0, 0, 79));
  }

  @Test
  void narrowsTheBarToFitANarrowTerminal() {
    String line = ProgressBar.line("Packaging", 3, 12, 1_500_000, 3_000_000, 59);
    assertEquals("Packaging [###########----------] 3/12 files  1.5 MB/3.0 MB", line);
    assertEquals(59, line.length());
  }

  @Test
  void leavesTheBarOutThenCutsTheTextBelowThat() {
    assertEquals("Packaging 3/12 files  1.5 MB/3.0 MB", ProgressBar.line("Packaging", 3, 12, 1_500_000, 3_000_000, 39));
    assertEquals("Packaging 3/12 fil", ProgressBar.line("Packaging", 3, 12, 1_500_000, 3_000_000, 18));
  }

  @Property
  void neverReachesTheLastColumn(@ForAll @IntRange(min = 1, max = 300) int columns,
      @ForAll @IntRange(min = 0, max = 100_000) int done, @ForAll @LongRange(min = 0) long bytes) {
    StringWriter text = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(text), "Unpacking", columns);
    bar.progress(done, done + 3, bytes, bytes + 1);
    for (String redraw : text.toString().split("\r")) {
      assertTrue(redraw.length() <= columns - 1, () -> "\"" + redraw + "\" in " + columns + " columns");
      assertFalse(redraw.contains("\n"), redraw);
    }
  }

  @Test
  void sizesAreShortAndLocaleFree() {
    assertEquals("999 B", ProgressBar.size(999));
    assertEquals("1.0 kB", ProgressBar.size(1000));
    assertEquals("245.6 kB", ProgressBar.size(245_600));
    assertEquals("2.1 GB", ProgressBar.size(2_147_483_648L));
    assertEquals("9.2 EB", ProgressBar.size(Long.MAX_VALUE));
  }

  @Test
  void countsTheRoomsFilesNotItsBookkeepingEntriesAndErasesItselfAtTheEnd() {
    StringWriter text = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(text), "P", 80);
    bar.progress(1, 4, 100, 1_000_000);          // mimetype
    bar.progress(3, 4, 500_000, 1_000_000);      // room.json, then the session
    bar.progress(4, 4, 1_000_000, 1_000_000);    // the last asset
    bar.progress(4, 4, 1_000_000, 1_000_000);
    String first = "P [------------------------------] 0/2 files  100 B/1.0 MB";
    String second = "P [###############---------------] 1/2 files  500.0 kB/1.0 MB";
    assertEquals("\r" + first + "\r" + second + "\r" + " ".repeat(second.length()) + "\r", text.toString());
  }

  @Test
  void aTerminalHasAtLeastOneColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ProgressBar(new PrintWriter(new StringWriter()), "P", 0));
    assertEquals("columns (0) must be positive", e.getMessage());
  }
}
