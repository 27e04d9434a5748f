package dev.appsim.session.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The round-trip properties catch broken codecs, and jqwik's failure shows the shrunk document
 * and the differing pointers.
 */
class BrokenCodecTest {
  private static final Pattern DIFFERENCE = Pattern.compile("^  (/\\S*): expected .*, actual .*$", Pattern.MULTILINE);

  @Test
  void roundingCodecIsCaughtWithOneSmallNode() {
    PropertyRun run = PropertyRun.of(BrokenCodecFixtures.class, "roundingCodecKeepsDocuments");
    String message = failureMessage(run);
    assertTrue(message.startsWith("codec \"rounds positions to float32\" did not round-trip the document: differ at 1"
        + " pointer:\n  /scene/nodes/0/transform/position/"), message);
    assertEquals(1, count(message, "/scene/nodes/0/id = "), message);
    assertEquals(0, count(message, "/scene/nodes/1/"), message);
    assertEquals(0, count(message, "/gizmos"), message);
    assertEquals(0, count(message, "/geometryCache"), message);
  }

  @Test
  void droppingCodecIsCaughtWithOneUnknownMember() {
    PropertyRun run = PropertyRun.of(BrokenCodecFixtures.class, "droppingCodecKeepsDocuments");
    String message = failureMessage(run);
    Matcher m = DIFFERENCE.matcher(message);
    assertTrue(m.find(), message);
    String pointer = m.group(1);
    assertTrue(pointer.startsWith("/X-") || pointer.startsWith("/scene/X-"), message);
    assertTrue(message.contains("actual <absent>\ndocument:\n"), message);
    assertTrue(message.contains("\n  " + pointer + " = "), "the document shows the member: " + message);
    assertEquals(0, count(message, "/scene/nodes/"), message);
  }

  @Test
  void readyMadeContractCatchesTheDroppingCodec() {
    PropertyRun run = PropertyRun.of(BrokenCodecFixtures.DroppingCodecContract.class, "roundTripKeepsTheDocument");
    String message = failureMessage(run);
    assertTrue(Pattern.compile("codec \"drops unknown members\" did not round-trip the document: differ at \\d+"
        + " pointers?:\n  /(scene/)?X-[^:]*: expected .*, actual <absent>\n").matcher(message).lookingAt(), message);
    assertTrue(message.contains("\ndocument:\n  /formatVersion = \"1.0\"\n"), message);
  }

  private static String failureMessage(PropertyRun run) {
    assertNotNull(run.failure, run::report);
    assertInstanceOf(AssertionFailedError.class, run.failure);
    return run.failure.getMessage();
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
