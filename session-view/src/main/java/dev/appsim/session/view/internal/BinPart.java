package dev.appsim.session.view.internal;

import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.IntArray;
import java.io.IOException;

/**
 * The bytes of one glTF buffer view, known in length before they are written, so the JSON that
 * describes them can go first and the data can stream from the model's arrays afterwards.
 */
interface BinPart {
  long byteLength();

  void writeTo(BinSink sink) throws IOException;

  /** Float32 values as they are (positions, confidence). */
  static BinPart floats(FloatArray values) {
    return new BinPart() {
      @Override
      public long byteLength() {
        return (long) values.size() * Float.BYTES;
      }

      @Override
      public void writeTo(BinSink sink) throws IOException {
        sink.putFloats(values.asBuffer());
      }
    };
  }

  /** Normals scaled to unit length; every one must be normalisable ({@link Normals#allNormalisable}). */
  static BinPart unitNormals(FloatArray normals) {
    return new BinPart() {
      @Override
      public long byteLength() {
        return (long) normals.size() * Float.BYTES;
      }

      @Override
      public void writeTo(BinSink sink) throws IOException {
        for (int i = 0; i < normals.size(); i += 3) {
          Normals.writeUnit(normals.get(i), normals.get(i + 1), normals.get(i + 2), sink);
        }
      }
    };
  }

  /** A colour per confidence value: red at 0, yellow at 0.5, green at 1 (float RGB). */
  static BinPart confidenceColours(FloatArray confidence) {
    return new BinPart() {
      @Override
      public long byteLength() {
        return (long) confidence.size() * 3 * Float.BYTES;
      }

      @Override
      public void writeTo(BinSink sink) throws IOException {
        for (int i = 0; i < confidence.size(); i++) {
          float c = confidence.get(i);
          sink.putFloat(Math.min(1f, 2 * (1 - c)));
          sink.putFloat(Math.min(1f, 2 * c));
          sink.putFloat(0f);
        }
      }
    };
  }

  /** Indices in the given glTF component type (5121 ubyte, 5123 ushort, 5125 uint). */
  static BinPart indices(IntArray indices, int componentType) {
    int width = IndexType.bytes(componentType);
    return new BinPart() {
      @Override
      public long byteLength() {
        return (long) indices.size() * width;
      }

      @Override
      public void writeTo(BinSink sink) throws IOException {
        if (width == 4) {
          sink.putInts(indices.asBuffer());
          return;
        }
        for (int i = 0; i < indices.size(); i++) {
          int v = indices.get(i);
          switch (width) {
            case 1 -> sink.putByte(v);
            case 2 -> sink.putShort(v);
            default -> sink.putInt(v);
          }
        }
      }
    };
  }
}
