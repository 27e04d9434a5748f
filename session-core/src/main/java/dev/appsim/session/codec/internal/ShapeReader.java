package dev.appsim.session.codec.internal;

import dev.appsim.session.model.Bounds;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.Rgb;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec2;
import dev.appsim.session.model.Vec3;
import java.util.LinkedHashMap;
import java.util.Map;
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
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    Vec3 position = null;
    Quaternion rotation = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "position" -> position = vec3();
        case "rotation" -> rotation = quaternion();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    if (position == null || rotation == null) {
      in.missing(pointer, position == null ? "position" : "rotation");
      return null;
    }
    Vec3 p = position;
    Quaternion r = rotation;
    return in.build(pointer, () -> new Pose(p, r, in.extensions(ext)));
  }

  @Nullable Bounds bounds() {
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    Vec3 min = null;
    Vec3 max = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "min" -> min = vec3();
        case "max" -> max = vec3();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    if (min == null || max == null) {
      in.missing(pointer, min == null ? "min" : "max");
      return null;
    }
    Vec3 lo = min;
    Vec3 hi = max;
    return in.build(pointer, () -> new Bounds(lo, hi, in.extensions(ext)));
  }

  /** A transform; each member defaults to identity. */
  @Nullable Transform transform() {
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    Vec3 position = Vec3.ZERO;
    Quaternion rotation = Quaternion.IDENTITY;
    Vec3 scale = Vec3.ONE;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "position" -> position = vec3();
        case "rotation" -> rotation = quaternion();
        case "scale" -> scale = vec3();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    Vec3 p = position;
    Quaternion r = rotation;
    Vec3 s = scale;
    return in.build(pointer, () -> new Transform(p, r, s, in.extensions(ext)));
  }
}
