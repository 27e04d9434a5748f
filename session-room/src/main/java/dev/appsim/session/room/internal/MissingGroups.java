package dev.appsim.session.room.internal;

import dev.appsim.session.room.DiscoveredReference;
import dev.appsim.session.room.MissingGroup;
import dev.appsim.session.room.MissingGroup.Cause;
import dev.appsim.session.room.path.Attempt;
import dev.appsim.session.room.path.RawPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups unresolved references by cause and shared prefix and works out the option that would fix
 * each group. Paths saved on another machine group by their form and root, then share their
 * longest common folder; the {@code --remap} target is filled in from a reference below the same
 * folder that was found (through a search path, say), else left as {@code DIR}.
 */
public final class MissingGroups {
  private MissingGroups() {}

  private record Key(Cause cause, String id) {}

  /** The groups of {@code all}'s unresolved references, in order of their first member. */
  public static List<MissingGroup> of(List<DiscoveredReference> all) {
    Map<Key, List<DiscoveredReference>> groups = new LinkedHashMap<>();
    Map<Key, String> prefixes = new LinkedHashMap<>();
    for (DiscoveredReference r : all) {
      if (r.isResolved()) {
        continue;
      }
      Key key = key(r);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      prefixes.putIfAbsent(key, key.id());
    }
    List<MissingGroup> out = new ArrayList<>();
    for (Map.Entry<Key, List<DiscoveredReference>> e : groups.entrySet()) {
      Key key = e.getKey();
      List<DiscoveredReference> members = e.getValue();
      switch (key.cause()) {
        case SAVED_ELSEWHERE: {
          RawPath prefix = commonFolder(members);
          out.add(new MissingGroup(key.cause(), prefix.toString(), members,
              "--remap '" + prefix + "=" + target(prefix, all) + "'"));
          break;
        }
        case UNDEFINED_VARIABLE:
          out.add(new MissingGroup(key.cause(), key.id(), members, "--env " + key.id() + "=DIR"));
          break;
        case RELATIVE_NOT_FOUND:
          out.add(new MissingGroup(key.cause(), key.id(), members, "--search-path DIR"));
          break;
        default:
          out.add(new MissingGroup(key.cause(), "", members, ""));
      }
    }
    return List.copyOf(out);
  }

  private static Key key(DiscoveredReference r) {
    if (r.resolution().status() == dev.appsim.session.room.path.Resolution.Status.AMBIGUOUS) {
      return new Key(Cause.AMBIGUOUS, "");
    }
    for (Attempt a : r.resolution().attempts()) {
      if (a.outcome() == Attempt.Outcome.UNDEFINED_VARIABLE) {
        return new Key(Cause.UNDEFINED_VARIABLE, a.detail());
      }
      if (a.outcome() == Attempt.Outcome.INVALID_SYNTAX || a.outcome() == Attempt.Outcome.IO_ERROR) {
        return new Key(Cause.OTHER, "");
      }
    }
    RawPath path = r.resolution().path();
    if (path == null) {
      return new Key(Cause.OTHER, "");
    }
    if (path.kind() == RawPath.Kind.RELATIVE) {
      // Grouped by the folder looked in, so two files pointing at one missing textures/ are one group.
      for (Attempt a : r.resolution().attempts()) {
        if (a.strategy() == Attempt.Strategy.RELATIVE && !a.candidate().isEmpty()) {
          int cut = Math.max(a.candidate().lastIndexOf('/'), a.candidate().lastIndexOf('\\'));
          return new Key(Cause.RELATIVE_NOT_FOUND, cut > 0 ? a.candidate().substring(0, cut) : a.candidate());
        }
      }
      return new Key(Cause.OTHER, "");
    }
    String root = path.isWindowsStyle() ? path.root().toUpperCase(Locale.ROOT) : path.root();
    return new Key(Cause.SAVED_ELSEWHERE, path.kind() + " " + root);
  }

  /** The longest folder every member's path lies below (file names excluded). */
  private static RawPath commonFolder(List<DiscoveredReference> members) {
    RawPath first = members.get(0).resolution().path();
    List<String> common = new ArrayList<>(first.segments().subList(0, Math.max(0, first.segments().size() - 1)));
    for (DiscoveredReference r : members) {
      List<String> segments = r.resolution().path().segments();
      int n = 0;
      while (n < common.size() && n < segments.size() - 1 && same(first, common.get(n), segments.get(n))) {
        n++;
      }
      common = new ArrayList<>(common.subList(0, n));
    }
    return new RawPath(first.kind(), first.root(), common);
  }

  private static boolean same(RawPath form, String a, String b) {
    return form.isWindowsStyle() ? a.equalsIgnoreCase(b) : a.equals(b);
  }

  /** The local folder that {@code prefix} stands for, from a reference below it that was found; else DIR. */
  private static String target(RawPath prefix, List<DiscoveredReference> all) {
    for (DiscoveredReference r : all) {
      if (!r.isResolved()) {
        continue;
      }
      RawPath path = r.resolution().path();
      if (path == null || !path.startsWith(prefix)) {
        continue;
      }
      List<String> rest = path.segments().subList(prefix.segments().size(), path.segments().size());
      Path file = r.resolution().file();
      Path folder = file;
      boolean matches = folder.getNameCount() >= rest.size();
      for (int i = rest.size() - 1; matches && i >= 0; i--) {
        matches = folder.getFileName() != null && folder.getFileName().toString().equalsIgnoreCase(rest.get(i));
        folder = folder.getParent();
      }
      if (matches && folder != null) {
        return folder.toString();
      }
    }
    return "DIR";
  }
}
