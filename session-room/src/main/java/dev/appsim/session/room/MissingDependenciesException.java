package dev.appsim.session.room;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Packaging found references it could not resolve to exactly one file. Lists them all, each
 * with where it was written and every attempt made, so they can be fixed in one pass (add a
 * remap, a search path or an environment variable, or allow missing files).
 */
public final class MissingDependenciesException extends RoomException {
  private static final long serialVersionUID = 1L;

  private final transient List<PlannedReference> unresolved;

  /** @param unresolved every missing or ambiguous reference; the first one's location is {@link #location()} */
  public MissingDependenciesException(List<PlannedReference> unresolved) {
    super(unresolved.isEmpty() ? "" : unresolved.get(0).site().location(), describe(unresolved));
    this.unresolved = List.copyOf(unresolved);
  }

  /** Every reference that was missing or ambiguous, in discovery order. */
  public List<PlannedReference> unresolved() {
    return unresolved;
  }

  private static String describe(List<PlannedReference> unresolved) {
    return unresolved.size() + (unresolved.size() == 1 ? " reference" : " references")
        + " could not be resolved:\n" + unresolved.stream()
            .map(r -> "- " + r.site() + ": " + r.resolution().explain().replace("\n", "\n  "))
            .collect(Collectors.joining("\n"));
  }
}
