package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.DependencyGraph;
import dev.appsim.session.room.DiscoveredReference;
import dev.appsim.session.room.DiscoveryNotice;
import dev.appsim.session.room.MissingGroup;
import dev.appsim.session.room.path.Attempt;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dependency graph of a session as {@code session deps} shows it: a tree from the session
 * through every file that references others, each edge with where the reference is written, the
 * raw path and the file found. A file reached twice is expanded once. Unresolved references that
 * share a cause and a prefix are explained once, below the tree, with the option that would fix
 * them; a lone one is explained in place.
 */
final class DependencyTree {
  private final DependencyGraph graph;
  private final List<MissingGroup> groups;
  private final Map<DiscoveredReference, MissingGroup> shared = new IdentityHashMap<>();

  DependencyTree(DependencyGraph graph) {
    this.graph = requireNonNull(graph, "graph is null");
    this.groups = graph.missingGroups();
    for (MissingGroup g : groups) {
      if (g.references().size() > 1) {
        g.references().forEach(r -> shared.put(r, g));
      }
    }
  }

  void print(PrintWriter out) {
    out.println(graph.sessionFile());
    printChildren(out, graph.sessionReferences(), "", new HashSet<>());
    out.println(graph.references().size() + " references, " + graph.files().size() + " files, "
        + graph.unresolved().size() + " unresolved");
    for (MissingGroup g : groups) {
      if (g.references().size() > 1) {
        g.describe().forEach(out::println);
      }
    }
    if (!graph.notices().isEmpty()) {
      out.println(graph.notices().size() + " not followed (the room may lack files these name):");
      for (DiscoveryNotice n : graph.notices()) {
        out.println("  " + n);
      }
    }
  }

  private void printChildren(PrintWriter out, List<DiscoveredReference> refs, String indent, Set<Path> expanded) {
    for (int i = 0; i < refs.size(); i++) {
      DiscoveredReference r = refs.get(i);
      boolean last = i == refs.size() - 1;
      String branch = indent + (last ? "└─ " : "├─ ");
      String below = indent + (last ? "   " : "│  ");
      Path file = r.resolution().file();
      List<DiscoveredReference> children = file == null ? List.of() : graph.referencesFrom(file);
      boolean again = file != null && !children.isEmpty() && expanded.contains(file);
      MissingGroup group = shared.get(r);
      out.println(branch + r.site().location() + "  \"" + r.raw() + "\" -> "
          + (file != null ? file + (again ? " (again, see above)" : "")
              : status(r).toUpperCase(Locale.ROOT) + (group != null ? " (one of " + group.references().size()
                  + ", see below)" : "")));
      if (file == null && group == null) {
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
    root.put("session", graph.sessionFile().toString());
    root.put("complete", graph.isComplete());
    root.put("fileCount", graph.files().size());
    root.put("referenceCount", graph.references().size());
    root.put("unresolvedCount", graph.unresolved().size());
    ArrayNode refs = root.putArray("references");
    for (DiscoveredReference r : graph.references()) {
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
    ArrayNode notices = root.putArray("notices");
    for (DiscoveryNotice n : graph.notices()) {
      notices.addObject().put("file", n.file().toString()).put("location", n.location()).put("message", n.message());
    }
    ArrayNode missing = root.putArray("missingGroups");
    for (MissingGroup g : groups) {
      ObjectNode o = missing.addObject();
      o.put("cause", g.cause().name().toLowerCase(Locale.ROOT));
      o.put("prefix", g.prefix());
      o.put("count", g.references().size());
      o.put("suggestion", g.suggestion());
      ArrayNode members = o.putArray("references");
      for (DiscoveredReference r : g.references()) {
        members.addObject().put("referrer", r.site().referrer() == null ? null : r.site().referrer().toString())
            .put("location", r.site().location()).put("raw", r.raw());
      }
    }
    return root;
  }

  private static String status(DiscoveredReference r) {
    return r.resolution().status().name().toLowerCase(Locale.ROOT);
  }
}
