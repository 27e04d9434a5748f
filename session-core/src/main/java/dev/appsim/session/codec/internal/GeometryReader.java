package dev.appsim.session.codec.internal;

import dev.appsim.session.model.Bounds;
import dev.appsim.session.model.Excerpt;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GeometryCacheSource;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.LevelOfDetail;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.PlaneSemantic;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Vec2;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a geometry cache: mesh arrays go straight into unboxed arrays, from number arrays or
 * from Smile binary values of little-endian float32 / uint32 (FORMAT 1.4), under the vertex and
 * index limits of one cache.
 */
final class GeometryReader {
  private static final List<String> INLINE_MEMBERS = List.of("capturedAt", "bounds", "meshBlocks", "planes");

  private final TokenReader in;
  private final ShapeReader shapes;
  private long vertices;
  private long indices;

  GeometryReader(TokenReader in, ShapeReader shapes) {
    this.in = in;
    this.shapes = shapes;
  }

  /** An inline cache or, when the object has {@code source}, an external one. */
  @Nullable GeometryCacheSource cacheSource() {
    return cache(true, new LinkedHashMap<>());
  }

  /**
   * Reads the members of a cache object; {@code sidecarMembers} receives {@code format} and
   * {@code formatVersion} when reading a sidecar file (then {@code allowExternal} is false).
   */
  @Nullable GeometryCacheSource cache(boolean allowExternal, Map<String, @Nullable Object> sidecarMembers) {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    vertices = 0;
    indices = 0;
    Instant capturedAt = null;
    Bounds bounds = null;
    List<MeshBlock> blocks = List.of();
    List<Plane> planes = List.of();
    String source = null;
    List<String> inlineSeen = new ArrayList<>();
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "capturedAt" -> capturedAt = in.readInstant();
        case "bounds" -> bounds = shapes.bounds();
        case "meshBlocks" -> blocks = meshBlocks();
        case "planes" -> planes = planes();
        case "source" -> {
          if (allowExternal) {
            source = in.readString();
          } else {
            o.readUnknown(m);
          }
        }
        case "format", "formatVersion" -> {
          if (allowExternal) {
            o.readUnknown(m);
          } else {
            sidecarMembers.put(m, in.readPlainValue());
          }
        }
        default -> o.readUnknown(m);
      }
      if (INLINE_MEMBERS.contains(m)) {
        inlineSeen.add(m);
      }
    }
    if (source != null && !inlineSeen.isEmpty()) {
      in.violation(o.pointer(), "an external cache (with \"source\") cannot also hold "
          + String.join(", ", inlineSeen.stream().map(s -> "\"" + s + "\"").toList()));
    }
    if (source != null) {
      String path = source;
      return o.build(() -> new ExternalGeometryCache(path, o.extensions()));
    }
    Instant captured = capturedAt;
    Bounds box = bounds;
    List<MeshBlock> meshes = blocks;
    List<Plane> flat = planes;
    return o.build(() -> new GeometryCache(captured, box, meshes, flat, o.extensions()));
  }

  private @Nullable List<MeshBlock> meshBlocks() {
    return in.readList(this::meshBlock);
  }

  private @Nullable MeshBlock meshBlock() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    String id = null;
    LevelOfDetail lod = null;
    Bounds bounds = null;
    FloatArray positions = null;
    IntArray triangles = null;
    FloatArray normals = null;
    FloatArray confidence = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "id" -> id = in.readString();
        case "lod" -> lod = in.readEnum(LevelOfDetail.values(), "level of detail");
        case "bounds" -> bounds = shapes.bounds();
        case "vertices" -> {
          positions = floats(3L * in.limits().maxVertices() - 3 * vertices, "ReadLimits.maxVertices", 0);
          if (positions != null) {
            vertices += positions.size() / 3;
          }
        }
        case "indices" -> {
          triangles = ints(in.limits().maxIndices() - indices);
          if (triangles != null) {
            indices += triangles.size();
          }
        }
        case "normals" -> normals = floats(3L * in.limits().maxVertices(), "ReadLimits.maxVertices",
            positions == null ? 0 : positions.size());
        case "confidence" -> confidence = floats(in.limits().maxVertices(), "ReadLimits.maxVertices",
            positions == null ? 0 : positions.size() / 3);
        default -> o.readUnknown(m);
      }
    }
    o.require("id", "vertices", "indices");
    String blockId = id;
    LevelOfDetail level = lod;
    Bounds box = bounds;
    FloatArray v = positions;
    IntArray t = triangles;
    FloatArray n = normals;
    FloatArray c = confidence;
    return o.build(() -> new MeshBlock(blockId, level, box, v, t, n, c, o.extensions()));
  }

  /** A float32 array from numbers or little-endian binary, of at most {@code budget} values. */
  private @Nullable FloatArray floats(long budget, String limitName, int expected) {
    JsonParser p = in.parser();
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
      LittleEndianSink sink = new LittleEndianSink(true, knownValues(expected), budget, () -> {
        throw overLimit(budget, limitName);
      });
      p.readBinaryValue(sink);
      if (!sink.aligned()) {
        in.violation("binary array of " + sink.bytes() + " bytes is not a whole number of float32 values");
        return null;
      }
      return sink.floatValues();
    }
    if (!in.beginArray()) {
      return null;
    }
    FloatArray.Builder builder = FloatArray.builder(expected);
    // After the first bad element the array is lost: stop storing, so a flood of bad elements
    // costs no memory beyond the (bounded) violation report.
    boolean failed = false;
    long count = 0;
    for (JsonToken t; (t = in.nextToken("an array element or ']'")) != JsonToken.END_ARRAY; ) {
      if (count++ >= budget) {
        throw overLimit(budget, limitName);
      }
      if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
        if (!failed) {
          builder.add(p.getFloatValue());
        }
      } else {
        in.unexpected("a number");
        failed = true;
      }
    }
    return failed ? null : builder.build();
  }

  /** An index array from integers or little-endian uint32 binary, of at most {@code budget} values. */
  private @Nullable IntArray ints(long budget) {
    JsonParser p = in.parser();
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
      LittleEndianSink sink = new LittleEndianSink(false, knownValues(0), budget, () -> {
        throw overLimit(budget, "ReadLimits.maxIndices");
      });
      p.readBinaryValue(sink);
      if (!sink.aligned()) {
        in.violation("binary array of " + sink.bytes() + " bytes is not a whole number of uint32 values");
        return null;
      }
      return sink.intValues();
    }
    if (!in.beginArray()) {
      return null;
    }
    IntArray.Builder builder = IntArray.builder(0);
    boolean failed = false; // as for floats: a lost array is not stored further
    long count = 0;
    for (JsonToken t; (t = in.nextToken("an array element or ']'")) != JsonToken.END_ARRAY; ) {
      if (count++ >= budget) {
        throw overLimit(budget, "ReadLimits.maxIndices");
      }
      if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
          && p.getIntValue() >= 0) {
        if (!failed) {
          builder.add(p.getIntValue());
        }
      } else {
        if (t == JsonToken.VALUE_NUMBER_INT) {
          in.violation("index " + Excerpt.of(p.getString()) + " is outside 0.." + Integer.MAX_VALUE);
        } else {
          in.unexpected("an integer index");
        }
        failed = true;
      }
    }
    return failed ? null : builder.build();
  }

  // The binary value's length when the check ahead of the parser saw it, so its array is made
  // at its size; else the fallback, and the array grows as the value's pieces arrive.
  private int knownValues(int fallback) {
    long bytes = in.binaryLength();
    return bytes < 0 ? fallback : (int) Math.min(bytes / 4, Integer.MAX_VALUE - 8);
  }

  private RuntimeException overLimit(long budget, String limitName) {
    return in.fatal("geometry cache holds more values than " + limitName + " allows ("
        + budget + " left for this array)");
  }

  private @Nullable List<Plane> planes() {
    return in.readList(this::plane);
  }

  private @Nullable Plane plane() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    String id = null;
    Pose pose = null;
    double[] extent = null;
    List<PlaneSemantic> semantics = List.of();
    List<Vec2> boundary = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "id" -> id = in.readString();
        case "pose" -> pose = shapes.pose();
        case "extent" -> extent = in.readDoubles(2);
        case "semantics" -> semantics = in.readEnumList(PlaneSemantic.values(), "plane semantic");
        case "boundary" -> boundary = boundary();
        default -> o.readUnknown(m);
      }
    }
    o.require("id", "pose", "extent");
    String planeId = id;
    Pose where = pose;
    double[] size = extent;
    List<PlaneSemantic> labels = semantics;
    List<Vec2> polygon = boundary;
    return o.build(
        () -> new Plane(planeId, where, size[0], size[1], labels, polygon, o.extensions()));
  }

  private @Nullable List<Vec2> boundary() {
    return in.readList(shapes::vec2);
  }
}
