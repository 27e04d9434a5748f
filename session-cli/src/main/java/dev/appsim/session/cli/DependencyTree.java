package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.PackingPlan;
import dev.appsim.session.room.PlannedReference;
import dev.appsim.session.room.path.Attempt;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dependency graph of a session as {@code session deps} shows it: a tree from the session
 * through every file that references others, each edge with where the reference is written, the
 * raw path and the file found, and for a missing one every attempt made. A file reached twice is
 * expanded once.
 */
final class DependencyTree {
  private final PackingPlan plan;
  private final Map<Path, List<PlannedReference>> byReferrer = new LinkedHashMap<>();
  private final List<PlannedReference> fromSession = new ArrayList<>();

  DependencyTree(PackingPlan plan) {
    this.plan = requireNonNull(plan, "plan is null");
    for (PlannedReference r : plan.references()) {
      Path referrer = r.site().referrer();
      if (referrer == null) {
        fromSession.add(r);
      } else {
        byReferrer.computeIfAbsent(referrer, k -> new ArrayList<>()).add(r);
      }
    }
  }

  /** Distinct files found. */
  long fileCount() {
    return plan.references().stream().filter(PlannedReference::isResolved).map(r -> r.resolution().file())
        .distinct().count();
  }

  void print(PrintWriter out) {
    out.println(plan.sessionFile());
    Set<Path> expanded = new HashSet<>();
    printChildren(out, fromSession, "", expanded);
    out.println(plan.references().size() + " references, " + fileCount() + " files, " + plan.unresolved().size()
        + " unresolved");
  }

  private void printChildren(PrintWriter out, List<PlannedReference> refs, String indent, Set<Path> expanded) {
    for (int i = 0; i < refs.size(); i++) {
      PlannedReference r = refs.get(i);
      boolean last = i == refs.size() - 1;
      String branch = indent + (last ? "└─ " : "├─ ");
      String below = indent + (last ? "   " : "│  ");
      Path file = r.resolution().file();
      List<PlannedReference> children = file == null ? List.of() : byReferrer.getOrDefault(file, List.of());
      boolean again = file != null && !children.isEmpty() && expanded.contains(file);
      out.println(branch + r.site().location() + "  \"" + r.raw() + "\" -> "
          + (file != null ? file + (again ? " (again, see above)" : "") : status(r).toUpperCase(Locale.ROOT)));
      if (file == null) {
        for (String line : r.resolution().explain().split("\n")) {
          if (!line.startsWith("\"")) {
            out.println(below + "  " + line.strip());
          } else if (r.resolution().candidates().size() > 1) {
            out.println(below + "  " + line.substring(line.indexOf(':') + 2));
          }
        }
      } else if (!again && !children.isEmpty()) {
        expanded.add(file);
        printChildren(out, children, below, expanded);
      }
    }
  }

  /** The {@code deps --json} shape: every reference as an edge from its referrer. */
  ObjectNode toJson() {
    ObjectNode root = Json.object();
    root.put("session", plan.sessionFile().toString());
    root.put("complete", plan.isComplete());
    root.put("fileCount", fileCount());
    root.put("referenceCount", plan.references().size());
    root.put("unresolvedCount", plan.unresolved().size());
    ArrayNode refs = root.putArray("references");
    for (PlannedReference r : plan.references()) {
      ObjectNode o = refs.addObject();
      Path referrer = r.site().referrer();
      o.put("referrer", referrer == null ? null : referrer.toString());
      o.put("location", r.site().location());
      o.put("raw", r.raw());
      o.put("status", status(r));
      o.put("file", r.resolution().file() == null ? null : r.resolution().file().toString());
      ArrayNode candidates = o.putArray("candidates");
      r.resolution().candidates().forEach(c -> candidates.add(c.toString()));
      ArrayNode attempts = o.putArray("attempts");
      for (Attempt a : r.resolution().attempts()) {
        attempts.add(a.describe());
      }
    }
    return root;
  }

  private static String status(PlannedReference r) {
    return r.resolution().status().name().toLowerCase(Locale.ROOT);
  }
}
