package dev.appsim.session.room;

import dev.appsim.session.room.archive.ZipMethod;
import dev.appsim.session.room.internal.PrettyJson;
import dev.appsim.session.room.path.Attempt;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a packing plan as text for people and as JSON for tools. Beside {@link PackingPlan}
 * rather than in {@code internal}: each used the other, an import cycle between the packages.
 */
final class PlanReport {
  private PlanReport() {}

  static String text(PackingPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append("Room plan for ").append(plan.sessionFile()).append('\n');
    out.append(plan.manifest().entries().size()).append(" entries, ").append(plan.totalBytes()).append(" bytes\n");
    for (ManifestEntry e : plan.manifest().entries()) {
      PlannedEntry source = plan.entry(e.path()).orElse(null);
      out.append("  ").append(e.path()).append("  ").append(e.size()).append(" B  sha256:")
          .append(e.sha256(), 0, 12).append("  ")
          .append(source == null ? "(session)" : source.source() + (source.isRewritten() ? " (references rewritten)" : ""))
          .append('\n');
    }
    out.append(plan.references().size()).append(" references\n");
    for (PlannedReference r : plan.references()) {
      out.append("  ").append(r.site()).append(": \"").append(r.raw()).append("\" -> ")
          .append(r.isResolved() ? r.archivePath() : r.resolution().status().name().toLowerCase(java.util.Locale.ROOT))
          .append('\n');
    }
    if (!plan.notices().isEmpty()) {
      out.append(plan.notices().size()).append(" not followed (the room may lack files these name)\n");
      for (DiscoveryNotice n : plan.notices()) {
        out.append("  ").append(n).append('\n');
      }
    }
    for (MissingGroup g : plan.missingGroups()) {
      for (String line : g.describe()) {
        out.append("  ").append(line).append('\n');
      }
    }
    if (!plan.isComplete()) {
      out.append(plan.unresolved().size()).append(" unresolved; packaging ")
          .append(plan.missingFiles().records()
              ? "would record them as missing" : "would fail")
          .append('\n');
    }
    return out.toString();
  }

  static String json(PackingPlan plan) {
    ObjectNode root = PrettyJson.mapper().createObjectNode();
    root.put("session", plan.sessionFile().toString());
    root.put("complete", plan.isComplete());
    root.put("totalBytes", plan.totalBytes());
    ArrayNode entries = root.putArray("entries");
    for (ManifestEntry e : plan.manifest().entries()) {
      ObjectNode o = entries.addObject();
      o.put("path", e.path());
      o.put("size", e.size());
      o.put("sha256", e.sha256());
      o.put("mediaType", e.mediaType());
      plan.entry(e.path()).ifPresent(p -> {
        o.put("source", p.source().toString());
        o.put("stored", p.method() == ZipMethod.STORED);
        o.put("rewritten", p.isRewritten());
      });
    }
    ArrayNode refs = root.putArray("references");
    for (PlannedReference r : plan.references()) {
      ObjectNode o = refs.addObject();
      o.put("raw", r.raw());
      if (r.site().referrer() != null) {
        o.put("referrer", r.site().referrer().toString());
      }
      o.put("location", r.site().location());
      o.put("status", r.resolution().status().name().toLowerCase(java.util.Locale.ROOT));
      if (r.resolution().file() != null) {
        o.put("file", r.resolution().file().toString());
      }
      if (r.archivePath() != null) {
        o.put("archivePath", r.archivePath());
      }
      ArrayNode attempts = o.putArray("attempts");
      for (Attempt a : r.resolution().attempts()) {
        attempts.add(a.describe());
      }
      if (r.resolution().candidates().size() > 1) {
        ArrayNode candidates = o.putArray("candidates");
        r.resolution().candidates().forEach(c -> candidates.add(c.toString()));
      }
    }
    notices(root.putArray("notices"), plan.notices());
    groups(root.putArray("missingGroups"), plan.missingGroups());
    return PrettyJson.writer().writeValueAsString(root) + "\n";
  }

  /** The {@code notices} member: what discovery did not follow. */
  static void notices(ArrayNode array, java.util.List<DiscoveryNotice> notices) {
    for (DiscoveryNotice n : notices) {
      array.addObject().put("file", n.file().toString()).put("location", n.location()).put("message", n.message());
    }
  }

  /** The {@code missingGroups} member: unresolved references by cause, with the suggested fix. */
  static void groups(ArrayNode array, java.util.List<MissingGroup> groups) {
    for (MissingGroup g : groups) {
      ObjectNode o = array.addObject();
      o.put("cause", g.cause().name().toLowerCase(java.util.Locale.ROOT));
      o.put("prefix", g.prefix());
      o.put("count", g.references().size());
      o.put("suggestion", g.suggestion());
      ArrayNode members = o.putArray("references");
      for (DiscoveredReference r : g.references()) {
        ObjectNode m = members.addObject();
        m.put("referrer", r.site().referrer() == null ? null : r.site().referrer().toString());
        m.put("location", r.site().location());
        m.put("raw", r.raw());
      }
    }
  }
}
