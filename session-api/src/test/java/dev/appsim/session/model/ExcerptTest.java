package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExcerptTest {
  @Test
  void keepsShortTextAsItIs() {
    assertEquals("assets/sofa.glb", Excerpt.of("assets/sofa.glb"));
    assertEquals("\"caf\u00e9\"", Excerpt.quoted("caf\u00e9"));
    assertEquals("x".repeat(200), Excerpt.of("x".repeat(200)));
  }

  @Test
  void escapesControlCharacters() {
    assertEquals("a\\u000Ab\\u0000c\\u007F", Excerpt.of("a\nb\0c\u007f"));
  }

  @Test
  void cutsAfter200CodePointsWithoutSplittingAPairAndGivesTheLength() {
    String clef = "\uD834\uDD1E";
    assertEquals(clef.repeat(200) + "... (402 characters)", Excerpt.of(clef.repeat(201)));
    assertEquals("\"" + "x".repeat(200) + "... (300 characters)\"", Excerpt.quoted("x".repeat(300)));
  }

  @Test
  void namesANullText() {
    assertEquals("text is null", assertThrows(NullPointerException.class, () -> Excerpt.of(null)).getMessage());
  }
}
