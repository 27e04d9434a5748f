package dev.appsim.session.room;

import dev.appsim.session.room.error.RoomException;
import dev.appsim.session.room.internal.MissingGroups;
import java.util.ArrayList;
import java.util.List;

/**
 * Packaging found references it could not resolve to exactly one file. Lists them all, grouped
 * by cause and shared prefix, each group with the option that would fix it and the attempts
 * made, so they can be fixed in one pass (add a remap, a search path or an environment variable,
 * or allow missing files).
 */
public final class MissingDependenciesException extends RoomException {
  private static final long serialVersionUID = 1L;

  private final transient List<PlannedReference> unresolved;
  private final transient List<MissingGroup> groups;

  /** @param unresolved every missing or ambiguous reference; the first one's location is {@link #location()} */
  public MissingDependenciesException(List<PlannedReference> unresolved) {
    this(unresolved, MissingGroups.of(unresolved.stream()
        .map(r -> new DiscoveredReference(r.raw(), r.site(), r.resolution())).toList()));
  }

  MissingDependenciesException(List<PlannedReference> unresolved, List<MissingGroup> groups) {
    super(unresolved.isEmpty() ? "" : unresolved.get(0).site().location(), describe(unresolved, groups));
    this.unresolved = List.copyOf(unresolved);
    this.groups = List.copyOf(groups);
  }

  /** {@return every reference that was missing or ambiguous, in discovery order} */
  public List<PlannedReference> unresolved() {
    return unresolved;
  }

  /** {@return the same references grouped by cause and shared prefix, with what would fix each group} */
  public List<MissingGroup> groups() {
    return groups;
  }

  /** {@return the groups as readable lines ({@link MissingGroup#describe()}), one block after another} */
  public List<String> report() {
    List<String> lines = new ArrayList<>();
    groups.forEach(g -> lines.addAll(g.describe()));
    return lines;
  }

  private static String describe(List<PlannedReference> unresolved, List<MissingGroup> groups) {
    StringBuilder text = new StringBuilder().append(unresolved.size())
        .append(unresolved.size() == 1 ? " reference" : " references").append(" could not be resolved:");
    for (MissingGroup g : groups) {
      for (String line : g.describe()) {
        text.append("\n").append(line);
      }
    }
    return text.toString();
  }
}
