package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.archive.WriteProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Draws packaging or unpacking progress on one terminal line of stderr, redrawn in place with a
 * carriage return, and erases it when the last file is done, so the summary that follows stands
 * alone. Only used when stderr is a terminal.
 *
 * <p>It counts what the summaries count: the room's <em>files</em>, the session and its assets as
 * the manifest lists them. The archive also holds two entries of its own ({@code mimetype} and
 * {@code room.json}, written first), which the listener reports like any other; they are not
 * counted. The line always stays shorter than the terminal is wide: a line that reaches the last
 * column wraps, and the carriage return then redraws only its second half, leaving a new line
 * per redraw.
 */
final class ProgressBar implements WriteProgressListener {
  /** Entries of the archive that are not files of the room: {@code mimetype} and {@code room.json}. */
  static final int BOOKKEEPING_ENTRIES = 2;
  private static final int MAX_BAR = 30;
  private static final int MIN_BAR = 10;

  private final PrintWriter err;
  private final String label;
  private final int columns;
  private boolean finished;
  private int drawn;

  /**
   * @param columns the terminal's width; every line drawn is at most {@code columns - 1} long
   */
  ProgressBar(PrintWriter err, String label, int columns) {
    this.err = requireNonNull(err, "err is null");
    this.label = requireNonNull(label, "label is null");
    if (columns < 1) {
      throw new IllegalArgumentException("columns (" + columns + ") must be positive");
    }
    this.columns = columns;
  }

  /** A bar for {@code context}'s terminal, or no listener when stderr is not one or the run is quiet. */
  static WriteProgressListener on(CliContext context, boolean quiet, PrintWriter err, String label) {
    return context.interactive() && !quiet ? new ProgressBar(err, label, context.columns()) : WriteProgressListener.NONE;
  }

  @Override
  public void progress(int entriesDone, int entriesTotal, long bytesDone, long bytesTotal) {
    if (finished) {
      return;
    }
    int total = Math.max(0, entriesTotal - BOOKKEEPING_ENTRIES);
    int done = Math.min(total, Math.max(0, entriesDone - BOOKKEEPING_ENTRIES));
    if (entriesDone >= entriesTotal) {
      // Erase the line and leave the cursor at its start: the summary is printed there.
      err.print("\r" + " ".repeat(drawn) + "\r");
      finished = true;
    } else {
      String line = line(label, done, total, bytesDone, bytesTotal, columns - 1);
      // Blanks over the end of a longer previous line, without terminal escape codes.
      err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
      drawn = Math.max(drawn, line.length());
    }
    err.flush();
  }

  /**
   * {@code Packaging [###########-------------------] 5/12 files  1.2 MB/3.4 MB}, with the bar
   * narrowed, then left out, then the text cut, so that the line is at most {@code width} long.
   */
  static String line(String label, int filesDone, int filesTotal, long bytesDone, long bytesTotal, int width) {
    double fraction = bytesTotal > 0 ? Math.min(1.0, (double) bytesDone / bytesTotal)
        : filesTotal > 0 ? (double) filesDone / filesTotal : 1.0;
    String counts = String.format(Locale.ROOT, "%d/%d files  %s/%s", filesDone, filesTotal,
        size(bytesDone), size(bytesTotal));
    int bar = Math.min(MAX_BAR, width - label.length() - counts.length() - 4);
    String line;
    if (bar >= MIN_BAR) {
      int filled = (int) Math.round(fraction * bar);
      line = label + " [" + "#".repeat(filled) + "-".repeat(bar - filled) + "] " + counts;
    } else {
      line = label + " " + counts;
    }
    return line.length() <= width ? line : line.substring(0, Math.max(0, width));
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
