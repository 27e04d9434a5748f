package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void fillsByBytes() {
    assertEquals("Packaging [###############---------------] 3/12 files  1.5 MB/3.0 MB",
        ProgressBar.line("Packaging", 3, 12, 1_500_000, 3_000_000));
  }

  @Test
  void fillsByEntriesWhenThereAreNoBytes() {
    assertEquals("Packaging [##########--------------------] 1/3 files  0 B/0 B", ProgressBar.line("Packaging", 1, 3, 0, 0));
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
  void blanksTheRestOfALongerLineAndEndsOnce() {
    StringWriter text = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(text), "P");
    bar.progress(1, 2, 500_000, 1_000_000);
    bar.progress(2, 2, 1_000_000, 1_000_000);
    bar.progress(2, 2, 1_000_000, 1_000_000);
    assertEquals("\rP [###############---------------] 1/2 files  500.0 kB/1.0 MB"
        + "\rP [##############################] 2/2 files  1.0 MB/1.0 MB  \n", text.toString());
  }
}
