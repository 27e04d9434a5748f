package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.archive.WriteProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Draws packaging progress on one terminal line of stderr, redrawn in place with a carriage
 * return, and ends the line when the last entry is done. Only used when stderr is a terminal.
 */
final class ProgressBar implements WriteProgressListener {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private boolean finished;
  private int longest;

  ProgressBar(PrintWriter err, String label) {
    this.err = requireNonNull(err, "err is null");
    this.label = requireNonNull(label, "label is null");
  }

  @Override
  public void progress(int entriesDone, int entriesTotal, long bytesDone, long bytesTotal) {
    if (finished) {
      return;
    }
    String line = line(label, entriesDone, entriesTotal, bytesDone, bytesTotal);
    // Blanks over the end of a longer previous line, without terminal escape codes.
    err.print("\r" + line + " ".repeat(Math.max(0, longest - line.length())));
    longest = Math.max(longest, line.length());
    if (entriesDone >= entriesTotal) {
      err.println();
      finished = true;
    }
    err.flush();
  }

  /** {@code Packaging [###########-------------------]  5/12 files  1.2/3.4 MB}. */
  static String line(String label, int entriesDone, int entriesTotal, long bytesDone, long bytesTotal) {
    double fraction = bytesTotal > 0 ? Math.min(1.0, (double) bytesDone / bytesTotal)
        : entriesTotal > 0 ? (double) entriesDone / entriesTotal : 1.0;
    int filled = (int) Math.round(fraction * WIDTH);
    return String.format(Locale.ROOT, "%s [%s%s] %d/%d files  %s/%s",
        label, "#".repeat(filled), "-".repeat(WIDTH - filled), entriesDone, entriesTotal,
        size(bytesDone), size(bytesTotal));
  }

  /** A byte count for people: {@code 812 B}, {@code 4.2 kB}, {@code 1.3 MB}, {@code 2.0 GB}. */
  static String size(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
