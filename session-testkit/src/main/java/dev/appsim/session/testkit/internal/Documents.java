package dev.appsim.session.testkit.internal;

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

/**
 * Whole documents. The gizmo selection is generated as positions into the scene's nodes and
 * resolved to ids afterwards, so no {@code flatMap} is needed and scene and gizmos shrink
 * independently.
 */
public final class Documents {
  private Documents() {}

  public static Arbitrary<SessionDocument> documents(Settings s) {
    Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 1 << 20).list().ofMaxSize(4);
    return Combinators.combine(Metas.metadata(s), Scenes.graphs(s), Gizmos.states(s, List.of()).optional(0.6), picks,
        Caches.sources(s).optional(0.6), Nodes.extensions(s))
        .as((metadata, scene, gizmos, selection, cache, ext) -> new SessionDocument(FormatVersion.CURRENT, metadata,
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
