package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A flat surface the simulated device detected: its pose (the plane's frame, normal along local
 * +Z), its extent in metres ({@code extent: [width, height]} on the wire, both > 0), what it is
 * understood to be (floor, wall...) and optionally its boundary polygon in the plane's frame.
 *
 * @param id the plane's id, not empty, unique in its geometry cache
 * @param pose the plane's frame; its local +Z is the normal
 * @param width the width in metres, > 0 (wire {@code extent[0]})
 * @param height the height in metres, > 0 (wire {@code extent[1]})
 * @param semantics what the plane is understood to be, each at most once; may be empty; copied
 * @param boundary the boundary polygon in the plane's frame, in metres, or {@code null} for none;
 *     copied
 * @param extensions members the format does not define, kept for round trips
 */
public record Plane(
    String id,
    Pose pose,
    double width,
    double height,
    List<PlaneSemantic> semantics,
    @Nullable List<Vec2> boundary,
    Extensions extensions) {

  /**
   * Checks the components.
   *
   * @param id the plane's id, not empty
   * @param pose the plane's frame
   * @param width the width in metres, > 0 (wire {@code extent[0]})
   * @param height the height in metres, > 0 (wire {@code extent[1]})
   * @param semantics what the plane is understood to be, each at most once
   * @param boundary the boundary polygon, or {@code null}
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code id}, {@code pose}, {@code semantics}, an element of a list,
   *     or {@code extensions} is null
   * @throws SessionValidationException if the id is empty, an extent is not a positive finite number,
   *     a semantic is listed twice, or an extension is named like a plane member
   */
  public Plane {
    requireNonNull(id, "id is null");
    requireNonNull(pose, "pose is null");
    semantics = List.copyOf(requireNonNull(semantics, "semantics is null"));
    boundary = boundary == null ? null : List.copyOf(boundary);
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "id", "pose", "extent", "semantics", "boundary");
    Checks checks = new Checks();
    if (id.isEmpty()) {
      checks.add("/id", "plane id must not be empty");
    }
    checks.positive("/extent/0", width);
    checks.positive("/extent/1", height);
    Set<PlaneSemantic> seen = new HashSet<>();
    for (int i = 0; i < semantics.size(); i++) {
      if (!seen.add(semantics.get(i))) {
        checks.add("/semantics/" + i, "semantic \"" + semantics.get(i).wireName() + "\" is listed twice");
      }
    }
    checks.throwIfAny();
  }

  /**
   * A plane without semantics or boundary.
   *
   * @param id the plane's id, not empty
   * @param pose the plane's frame
   * @param width the width in metres, > 0 (wire {@code extent[0]})
   * @param height the height in metres, > 0 (wire {@code extent[1]})
   * @return the plane
   * @throws SessionValidationException if the id is empty or an extent is not positive
   */
  public static Plane of(String id, Pose pose, double width, double height) {
    return new Plane(id, pose, width, height, List.of(), null, Extensions.EMPTY);
  }
}
