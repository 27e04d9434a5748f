package dev.appsim.session.room;

import java.util.ArrayList;
import java.util.List;

/** Collects problems: the first {@link VerificationReport#MAX_PROBLEMS} kept, every one counted. */
final class ProblemList {
  private final List<VerificationReport.Problem> kept = new ArrayList<>();
  private int count;

  void add(String entry, String message, VerificationReport.Kind kind) {
    addAll(List.of(new VerificationReport.Problem(entry, message, kind)), 1);
  }

  /** Adds {@code problems}, which stand for {@code total} problems (more were found but not kept). */
  void addAll(List<VerificationReport.Problem> problems, int total) {
    for (VerificationReport.Problem p : problems) {
      if (kept.size() < VerificationReport.MAX_PROBLEMS) {
        kept.add(p);
      }
    }
    count += total;
  }

  int count() {
    return count;
  }

  List<VerificationReport.Problem> kept() {
    return List.copyOf(kept);
  }
}
