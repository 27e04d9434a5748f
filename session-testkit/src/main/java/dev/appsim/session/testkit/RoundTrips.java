package dev.appsim.session.testkit;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.SessionDocument;
import java.util.Arrays;
import org.opentest4j.AssertionFailedError;

/**
 * Round-trip checks for any {@link SessionCodecUnderTest}, to call from your own properties:
 *
 * <pre>{@code
 * @Property
 * void myCodecKeepsEveryDocument(@ForAll("documents") SessionDocument doc) {
 *   RoundTrips.check(myCodec, doc);
 * }
 * }</pre>
 *
 * Each failure is an {@link AssertionFailedError} whose message names the codec, lists every
 * differing JSON Pointer with expected and actual value, and renders the document as
 * {@code pointer = value} lines, so that jqwik's shrunk sample is readable in the report.
 */
public final class RoundTrips {
  /** Lines of the document shown in a failure message. */
  public static final int RENDERED_LINES = 80;

  private RoundTrips() {}

  /**
   * {@code read(write(doc))} equals {@code doc}.
   *
   * @param codec the codec under test
   * @param doc the document to write and read back
   * @throws AssertionFailedError naming the differences otherwise
   */
  public static void check(SessionCodecUnderTest codec, SessionDocument doc) {
    requireNonNull(codec, "codec is null");
    requireNonNull(doc, "doc is null");
    SessionDocument back = read(codec, write(codec, doc, doc), doc);
    SessionDiff diff = SessionDiff.between(doc, back);
    if (!diff.isEmpty()) {
      throw new AssertionFailedError("codec \"" + codec.name() + "\" did not round-trip the document: " + diff
          + "\ndocument:\n" + SessionDiff.render(doc, RENDERED_LINES),
          SessionDiff.render(doc, Integer.MAX_VALUE), SessionDiff.render(back, Integer.MAX_VALUE));
    }
  }

  /**
   * Writing the same document twice gives the same bytes, and so does writing what was read
   * back: the writer is deterministic and its output is a fixed point.
   *
   * @param codec the codec under test
   * @param doc the document to write
   * @throws AssertionFailedError if the bytes differ
   */
  public static void checkStableBytes(SessionCodecUnderTest codec, SessionDocument doc) {
    requireNonNull(codec, "codec is null");
    requireNonNull(doc, "doc is null");
    byte[] first = write(codec, doc, doc);
    byte[] second = write(codec, doc, doc);
    compareBytes(codec, "writing the document twice", first, second, doc);
    byte[] rewritten = write(codec, read(codec, first, doc), doc);
    compareBytes(codec, "rewriting what it read", first, rewritten, doc);
  }

  private static void compareBytes(SessionCodecUnderTest codec, String what, byte[] a, byte[] b, SessionDocument doc) {
    int at = Arrays.mismatch(a, b);
    if (at >= 0) {
      throw new AssertionFailedError("codec \"" + codec.name() + "\" gave different bytes " + what + ": first"
          + " difference at offset " + at + " of " + a.length + " and " + b.length + " bytes ("
          + byteAt(a, at) + " vs " + byteAt(b, at) + ")\ndocument:\n" + SessionDiff.render(doc, RENDERED_LINES));
    }
  }

  private static String byteAt(byte[] bytes, int index) {
    return index < bytes.length ? String.format("0x%02X", bytes[index] & 0xff) : "end";
  }

  private static byte[] write(SessionCodecUnderTest codec, SessionDocument doc, SessionDocument shown) {
    try {
      return requireNonNull(codec.write(doc), "write returned null");
    } catch (Exception | StackOverflowError e) {
      throw failure(codec, "write", e, shown);
    }
  }

  private static SessionDocument read(SessionCodecUnderTest codec, byte[] bytes, SessionDocument shown) {
    try {
      return requireNonNull(codec.read(bytes), "read returned null");
    } catch (Exception | StackOverflowError e) {
      throw failure(codec, "read back", e, shown);
    }
  }

  private static AssertionFailedError failure(SessionCodecUnderTest codec, String step, Throwable e,
      SessionDocument doc) {
    return new AssertionFailedError("codec \"" + codec.name() + "\" failed to " + step + " the document: " + e
        + "\ndocument:\n" + SessionDiff.render(doc, RENDERED_LINES), e);
  }
}
