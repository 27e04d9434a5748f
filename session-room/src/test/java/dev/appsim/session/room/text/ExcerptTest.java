package dev.appsim.session.room.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptTest {
  @Test
  void keepsShortTextAsItIs() {
    assertEquals("assets/sofa.glb", Excerpt.of("assets/sofa.glb"));
    assertEquals("\"caf\u00e9\"", Excerpt.quoted("caf\u00e9"));
  }

  @Test
  void escapesControlCharacters() {
    assertEquals("a\\u000Ab\\u0000c\\u007F", Excerpt.of("a\nb\0c\u007f"));
  }

  @Test
  void cutsAfter200CodePointsWithoutSplittingAPair() {
    String clef = "\uD834\uDD1E";
    assertEquals(clef.repeat(200) + "...", Excerpt.of(clef.repeat(201)));
    assertEquals("x".repeat(200), Excerpt.of("x".repeat(200)));
    assertEquals("\"" + "x".repeat(200) + "...\"", Excerpt.quoted("x".repeat(300)));
  }
}
