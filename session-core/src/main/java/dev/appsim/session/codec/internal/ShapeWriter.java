package dev.appsim.session.codec.internal;

import dev.appsim.session.model.Bounds;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.Vec3;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the small geometric values every part shares (vectors, rotations, poses, bounds), so the
 * document writer and the geometry writer both build on it instead of one calling back into the
 * other.
 */
public class ShapeWriter extends ValueWriter {
  /** A writer of shapes to {@code out}, laying arrays out by {@code layout}. */
  public ShapeWriter(JsonGenerator out, ArrayLayout layout) {
    super(out, layout);
  }

  final void pose(Pose p) {
    out.writeStartObject(p);
    vec3("position", p.position());
    quaternion("rotation", p.rotation());
    extensions(p.extensions());
    out.writeEndObject();
  }

  final void bounds(Bounds b) {
    out.writeStartObject(b);
    vec3("min", b.min());
    vec3("max", b.max());
    extensions(b.extensions());
    out.writeEndObject();
  }

  final void vec3(String name, Vec3 v) {
    doubles(name, v.x(), v.y(), v.z());
  }

  final void quaternion(String name, Quaternion q) {
    doubles(name, q.x(), q.y(), q.z(), q.w());
  }
}
