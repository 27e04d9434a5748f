package dev.appsim.session.codec.internal;

import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GeometryCacheSource;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.Vec2;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** Writes geometry caches; mesh arrays as float32 numbers, or as Smile little-endian binary. */
final class GeometryWriter extends ShapeWriter {
  private final boolean binaryArrays;
  private final boolean countOnly;

  /**
   * @param countOnly with {@code binaryArrays}, leave the bytes of binary values unwritten: for
   *     a pass that only counts the output's size
   */
  GeometryWriter(JsonGenerator out, ArrayLayout layout, boolean binaryArrays, boolean countOnly) {
    super(out, layout);
    this.binaryArrays = binaryArrays;
    this.countOnly = countOnly;
  }

  /** Writes a cache object; with {@code sidecarVersion}, as a sidecar file's root. */
  void cacheSource(GeometryCacheSource source, @Nullable FormatVersion sidecarVersion) {
    out.writeStartObject(source);
    if (sidecarVersion != null) {
      // An inline cache read from a session may keep unknown "format"/"formatVersion" members;
      // as a sidecar they would clash with the header members.
      for (String header : List.of("format", "formatVersion")) {
        if (source.extensions().asMap().containsKey(header)) {
          throw new IllegalArgumentException("cannot write the cache as a sidecar: its unknown member \""
              + header + "\" clashes with the sidecar's own; remove it from the cache's extensions");
        }
      }
      string("format", GeometryCache.SIDECAR_FORMAT);
      string("formatVersion", sidecarVersion.toString());
    }
    if (source instanceof ExternalGeometryCache external) {
      string("source", external.source());
      extensions(external.extensions());
    } else {
      GeometryCache cache = (GeometryCache) source;
      if (cache.capturedAt() != null) {
        string("capturedAt", cache.capturedAt().toString());
      }
      if (cache.bounds() != null) {
        name("bounds");
        bounds(cache.bounds());
      }
      name("meshBlocks");
      layout.nextArrayInline(false);
      out.writeStartArray(cache.meshBlocks(), cache.meshBlocks().size());
      for (MeshBlock block : cache.meshBlocks()) {
        meshBlock(block);
      }
      out.writeEndArray();
      name("planes");
      layout.nextArrayInline(false);
      out.writeStartArray(cache.planes(), cache.planes().size());
      for (Plane plane : cache.planes()) {
        plane(plane);
      }
      out.writeEndArray();
      extensions(cache.extensions());
    }
    out.writeEndObject();
  }

  private void meshBlock(MeshBlock b) {
    out.writeStartObject(b);
    string("id", b.id());
    optionalEnum("lod", b.lod());
    if (b.bounds() != null) {
      name("bounds");
      bounds(b.bounds());
    }
    floats("vertices", b.vertices());
    ints("indices", b.indices());
    if (b.normals() != null) {
      floats("normals", b.normals());
    }
    if (b.confidence() != null) {
      floats("confidence", b.confidence());
    }
    extensions(b.extensions());
    out.writeEndObject();
  }

  private void floats(String name, FloatArray values) {
    name(name);
    if (binaryArrays) {
      if (countOnly) {
        out.writeBinary(new Unfilled(values.size() * Float.BYTES), values.size() * Float.BYTES);
        return;
      }
      FloatBuffer source = values.asBuffer();
      out.writeBinary(new LittleEndianInput(source.remaining()) {
        @Override
        void fill(ByteBuffer target, int count) {
          FloatBuffer slice = source.slice();
          slice.limit(count);
          target.asFloatBuffer().put(slice);
          source.position(source.position() + count);
        }
      }, values.size() * Float.BYTES);
      return;
    }
    layout.nextArrayInline(true);
    out.writeStartArray(values, values.size());
    for (int i = 0, n = values.size(); i < n; i++) {
      float v = values.get(i);
      if (!Float.isFinite(v)) {
        throw new IllegalArgumentException("cannot write the non-finite number " + v + " at "
            + out.streamWriteContext().pathAsPointer() + "/" + i);
      }
      out.writeNumber(v);
    }
    out.writeEndArray();
  }

  private void ints(String name, IntArray values) {
    name(name);
    if (binaryArrays) {
      if (countOnly) {
        out.writeBinary(new Unfilled(values.size() * Integer.BYTES), values.size() * Integer.BYTES);
        return;
      }
      IntBuffer source = values.asBuffer();
      out.writeBinary(new LittleEndianInput(source.remaining()) {
        @Override
        void fill(ByteBuffer target, int count) {
          IntBuffer slice = source.slice();
          slice.limit(count);
          target.asIntBuffer().put(slice);
          source.position(source.position() + count);
        }
      }, values.size() * Integer.BYTES);
      return;
    }
    layout.nextArrayInline(true);
    out.writeStartArray(values, values.size());
    for (int i = 0, n = values.size(); i < n; i++) {
      out.writeNumber(values.get(i));
    }
    out.writeEndArray();
  }

  private void plane(Plane p) {
    out.writeStartObject(p);
    string("id", p.id());
    name("pose");
    pose(p.pose());
    doubles("extent", p.width(), p.height());
    enumList("semantics", p.semantics());
    if (p.boundary() != null) {
      name("boundary");
      layout.nextArrayInline(false);
      out.writeStartArray(p.boundary(), p.boundary().size());
      for (Vec2 point : p.boundary()) {
        layout.nextArrayInline(true);
        out.writeStartArray(point, 2);
        number(point.x());
        number(point.y());
        out.writeEndArray();
      }
      out.writeEndArray();
    }
    extensions(p.extensions());
    out.writeEndObject();
  }

  /**
   * Stands for a binary value of {@code length} bytes without producing them: the generator's
   * buffer keeps whatever it held, which a counting pass never looks at.
   */
  private static final class Unfilled extends InputStream {
    private int remaining;

    Unfilled(int length) {
      this.remaining = length;
    }

    @Override
    public int read() {
      return read(new byte[1], 0, 1) < 0 ? -1 : 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (remaining == 0) {
        return len == 0 ? 0 : -1;
      }
      int n = Math.min(len, remaining);
      remaining -= n;
      return n;
    }
  }

  /**
   * Streams 32-bit values as little-endian bytes to the generator, a chunk at a time; a value
   * that does not fit the generator's remaining buffer is split through a 4-byte carry.
   */
  private abstract static class LittleEndianInput extends InputStream {
    private final byte[] pending = new byte[4];
    private int pendingPos = 4;
    private int remaining;

    LittleEndianInput(int values) {
      this.remaining = values;
    }

    /** Puts the next {@code count} values into {@code target} (little-endian). */
    abstract void fill(ByteBuffer target, int count);

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int n = drain(b, off, len, 0);
      if (n == len || remaining == 0) {
        return n == 0 ? -1 : n;
      }
      int count = Math.min(remaining, (len - n) / 4);
      if (count > 0) {
        fill(ByteBuffer.wrap(b, off + n, count * 4).slice().order(ByteOrder.LITTLE_ENDIAN), count);
        remaining -= count;
        n += count * 4;
      }
      if (n < len && remaining > 0) {
        fill(ByteBuffer.wrap(pending).order(ByteOrder.LITTLE_ENDIAN), 1);
        remaining--;
        pendingPos = 0;
        n = drain(b, off, len, n);
      }
      return n;
    }

    private int drain(byte[] b, int off, int len, int n) {
      while (pendingPos < 4 && n < len) {
        b[off + n++] = pending[pendingPos++];
      }
      return n;
    }
  }
}
