package dev.appsim.session.room;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Collects problems: the first {@link VerificationReport#MAX_PROBLEMS} kept, and beyond them the
 * first of each kind not kept yet (so the report's worst kind is never lost), every one counted.
 */
final class ProblemList {
  private final List<VerificationReport.Problem> kept = new ArrayList<>();
  private final Set<VerificationReport.Kind> keptKinds = EnumSet.noneOf(VerificationReport.Kind.class);
  private int count;

  void add(String entry, String message, VerificationReport.Kind kind) {
    addAll(List.of(new VerificationReport.Problem(entry, message, kind)), 1);
  }

  /** Adds {@code problems}, which stand for {@code total} problems (more were found but not kept). */
  void addAll(List<VerificationReport.Problem> problems, int total) {
    for (VerificationReport.Problem p : problems) {
      if (kept.size() < VerificationReport.MAX_PROBLEMS || !keptKinds.contains(p.kind())) {
        kept.add(p);
        keptKinds.add(p.kind());
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
