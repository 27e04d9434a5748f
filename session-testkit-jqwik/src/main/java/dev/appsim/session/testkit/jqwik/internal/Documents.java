package dev.appsim.session.testkit.jqwik.internal;

import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.RoomGizmos;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Whole documents. The gizmo selection is generated as positions into the scene's nodes and
 * resolved to ids afterwards, so no {@code flatMap} is needed and scene and gizmos shrink
 * independently.
 */
public final class Documents {
  private Documents() {}

  public static Arbitrary<SessionDocument> documents(Settings s) {
    Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 1 << 20).list().ofMaxSize(4);
    // Nasty documents sometimes come from a newer minor of the same major, which writers keep.
    Arbitrary<FormatVersion> versions = s.nasty()
        ? Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(FormatVersion.CURRENT)),
            Tuple.of(1, Arbitraries.integers().between(FormatVersion.CURRENT.minor() + 1, 99)
                .map(minor -> new FormatVersion(FormatVersion.CURRENT.major(), minor))))
        : Arbitraries.just(FormatVersion.CURRENT);
    return Combinators.combine(versions, Metas.metadata(s), Scenes.graphs(s), Gizmos.states(s, List.of()).optional(0.6),
        picks, Caches.sources(s).optional(0.6), Nodes.extensions(s))
        .as((version, metadata, scene, gizmos, selection, cache, ext) -> new SessionDocument(version, metadata,
            scene, gizmos.map(g -> select(g, scene, selection)).orElse(null), cache.orElse(null), ext));
  }

  private static GizmoState select(GizmoState state, SceneGraph scene, List<Integer> picks) {
    RoomGizmos room = state.room();
    if (room == null || scene.size() == 0) {
      return state;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (int pick : picks) {
      ids.add(scene.nodes().get(pick % scene.size()).id());
    }
    return new GizmoState(room.withSelection(new ArrayList<>(ids)), state.panels(), state.extensions());
  }

}
