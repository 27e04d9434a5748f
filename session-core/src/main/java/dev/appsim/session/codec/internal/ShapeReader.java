package dev.appsim.session.codec.internal;

import dev.appsim.session.model.Bounds;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.Rgb;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec2;
import dev.appsim.session.model.Vec3;
import org.jspecify.annotations.Nullable;

/** Reads the small geometric values shared by every part: vectors, rotations, poses, bounds. */
final class ShapeReader {
  private final TokenReader in;

  ShapeReader(TokenReader in) {
    this.in = in;
  }

  @Nullable Vec3 vec3() {
    String pointer = in.pointer();
    double[] v = in.readDoubles(3);
    return v == null ? null : in.build(pointer, () -> new Vec3(v[0], v[1], v[2]));
  }

  @Nullable Vec2 vec2() {
    String pointer = in.pointer();
    double[] v = in.readDoubles(2);
    return v == null ? null : in.build(pointer, () -> new Vec2(v[0], v[1]));
  }

  @Nullable Quaternion quaternion() {
    String pointer = in.pointer();
    double[] v = in.readDoubles(4);
    return v == null ? null : in.build(pointer, () -> new Quaternion(v[0], v[1], v[2], v[3]));
  }

  @Nullable Rgb rgb() {
    String pointer = in.pointer();
    double[] v = in.readDoubles(3);
    return v == null ? null : in.build(pointer, () -> new Rgb(v[0], v[1], v[2]));
  }

  @Nullable Pose pose() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    Vec3 position = null;
    Quaternion rotation = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "position" -> position = vec3();
        case "rotation" -> rotation = quaternion();
        default -> o.readUnknown(m);
      }
    }
    o.require("position", "rotation");
    Vec3 p = position;
    Quaternion r = rotation;
    return o.build(() -> new Pose(p, r, o.extensions()));
  }

  @Nullable Bounds bounds() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    Vec3 min = null;
    Vec3 max = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "min" -> min = vec3();
        case "max" -> max = vec3();
        default -> o.readUnknown(m);
      }
    }
    o.require("min", "max");
    Vec3 lo = min;
    Vec3 hi = max;
    return o.build(() -> new Bounds(lo, hi, o.extensions()));
  }

  /** A transform; each member defaults to identity. */
  @Nullable Transform transform() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    Vec3 position = Vec3.ZERO;
    Quaternion rotation = Quaternion.IDENTITY;
    Vec3 scale = Vec3.ONE;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "position" -> position = vec3();
        case "rotation" -> rotation = quaternion();
        case "scale" -> scale = vec3();
        default -> o.readUnknown(m);
      }
    }
    Vec3 p = position;
    Quaternion r = rotation;
    Vec3 s = scale;
    return o.build(() -> new Transform(p, r, s, o.extensions()));
  }
}
