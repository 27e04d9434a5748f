package dev.appsim.session.room.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The OBJ scan's quick skip of statements that cannot hold a reference changes nothing a caller
 * sees: for any text (continued lines, CR LF and lone CR, a byte-order mark, blank and comment
 * lines, lines over the length limit) and any buffer size, a skipping {@link LineReader} returns
 * the same reference-holding statements, at the same offsets and line numbers, the same size and
 * the same failure as one that reads every statement.
 */
class LineSkippingProperties {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final List<String> PIECES = List.of("v 1 2 3", "f 1 2 3", "vt 0.5", "usemtl red", "mtllib a.mtl",
      "MTLLIB b c.mtl", "  mtllib x\\ y.mtl", "\tmtllib t.mtl", "m", "#mtllib no.mtl", " ", "\t", "\f", "\\", "\r",
      "\n", "\n", "\n", "\r\n", "\\\n", "\\\r\n", "o chair", "x".repeat(40));
  private static final ObjFormat OBJ = new ObjFormat(AssetLimits.defaults());

  @Provide
  Arbitrary<byte[]> objText() {
    Arbitrary<String> body = Arbitraries.of(PIECES).list().ofMaxSize(80).map(pieces -> String.join("", pieces));
    return Arbitraries.oneOf(body.map(LineSkippingProperties::utf8), body.map(text -> withBom(utf8(text))));
  }

  @Property(tries = 1500)
  void skippingReturnsWhatReadingEveryStatementFinds(@ForAll("objText") byte[] text,
      @ForAll @IntRange(min = 1, max = 96) int bufferSize, @ForAll @IntRange(min = 4, max = 120) int maxLine)
      throws IOException {
    List<String> every = statements(new LineReader(new ByteArrayInputStream(text), "a.obj", maxLine));
    List<String> skipping = statements(new LineReader(new ByteArrayInputStream(text), "a.obj", maxLine,
        OBJ.mayHoldReference(), bufferSize));
    assertEquals(every, skipping, new String(text, StandardCharsets.ISO_8859_1));
  }

  @Property(tries = 300)
  void theScanOfABigFileMatchesTheStatementByStatementOne(@ForAll("objText") byte[] text,
      @ForAll @IntRange(min = 1, max = 400) int copies) throws IOException {
    ByteArrayOutputStream big = new ByteArrayOutputStream();
    for (int i = 0; i < copies; i++) {
      big.write(text);
      big.write('\n');
    }
    byte[] bytes = big.toByteArray();
    int maxLine = AssetLimits.defaults().maxLineBytes();
    assertEquals(statements(new LineReader(new ByteArrayInputStream(bytes), "a.obj", maxLine)),
        statements(new LineReader(new ByteArrayInputStream(bytes), "a.obj", maxLine, OBJ.mayHoldReference())));
  }

  /** The statements holding references, as the OBJ scan sees them, then the size, or the failure. */
  private static List<String> statements(LineReader lines) throws IOException {
    List<String> seen = new ArrayList<>();
    try {
      while (lines.next()) {
        List<Splice> splices = OBJ.references(lines.bytes(), lines.textStart(), lines.length(), lines.number(), "a.obj");
        if (!splices.isEmpty()) {
          seen.add(lines.number() + "@" + lines.offset() + " " + Arrays.toString(Arrays.copyOf(lines.bytes(), lines.length()))
              + Arrays.toString(lines.terminator()) + " " + splices.stream().map(s -> s.reference().toString()).toList());
        }
      }
      seen.add("size " + lines.consumed());
    } catch (AssetFormatException e) {
      seen.add("failed at " + e.location() + ": " + e.getMessage());
    }
    return seen;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withBom(byte[] text) {
    byte[] all = Arrays.copyOf(BOM, BOM.length + text.length);
    System.arraycopy(text, 0, all, BOM.length, text.length);
    return all;
  }
}
