package dev.appsim.session.testkit;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.codec.SmileArrayEncoding;
import dev.appsim.session.model.SessionDocument;

/**
 * This library's own codecs as {@link SessionCodecUnderTest}, for the ready round-trip checks and
 * for comparing another tool's output with ours:
 *
 * <pre>{@code
 * RoundTrips.check(CodecsUnderTest.json(), doc);
 * RoundTrips.check(CodecsUnderTest.smile(), doc);
 * }</pre>
 */
public final class CodecsUnderTest {
  private CodecsUnderTest() {}

  /** {@return the codec writing canonical JSON with {@link SessionCodec#defaults()}} */
  public static SessionCodecUnderTest json() {
    return of(SessionCodec.defaults(), SessionFormat.JSON, "JSON");
  }

  /** {@return the codec writing Smile with mesh arrays as binary float32/uint32 values (the default)} */
  public static SessionCodecUnderTest smile() {
    return of(SessionCodec.defaults(), SessionFormat.SMILE, "Smile");
  }

  /** {@return the codec writing Smile with mesh arrays as number arrays} */
  public static SessionCodecUnderTest smileWithNumberArrays() {
    return of(SessionCodec.builder().smileArrayEncoding(SmileArrayEncoding.NUMBERS).build(), SessionFormat.SMILE,
        "Smile with number arrays");
  }

  /**
   * {@code codec} writing {@code format}; reading detects the format from the bytes.
   *
   * @param codec the codec that reads and writes
   * @param format the format it writes
   * @param name shown in failure messages
   * @return the codec under test
   */
  public static SessionCodecUnderTest of(SessionCodec codec, SessionFormat format, String name) {
    requireNonNull(codec, "codec is null");
    requireNonNull(format, "format is null");
    requireNonNull(name, "name is null");
    return new SessionCodecUnderTest() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public byte[] write(SessionDocument doc) {
        return codec.toBytes(doc, format);
      }

      @Override
      public SessionDocument read(byte[] bytes) {
        return codec.read(bytes);
      }
    };
  }
}
