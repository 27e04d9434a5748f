package dev.appsim.session.view.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {
  @Test
  void escapesMarkupAndQuotes() {
    assertEquals("&lt;script&gt;&amp;&quot;&#39;", XmlText.label("<script>&\"'"));
  }

  @Test
  void controlCharactersBecomeTheReplacementCharacter() {
    assertEquals("a\uFFFDb\uFFFDc\uFFFD", XmlText.label("a\u0000b\u001Bc\u0085"));
  }

  @Test
  void tabsAndLineBreaksBecomeSpaces() {
    assertEquals("a b c d", XmlText.label("a\tb\nc\rd"));
  }

  @Test
  void loneSurrogatesAndNonCharactersAreReplaced() {
    assertEquals("\uFFFDx\uFFFD\uFFFD", XmlText.label("\uD800x\uDC00\uFFFE"));
  }

  @Test
  void surrogatePairsAreKept() {
    assertEquals("\uD83D\uDECB sofa", XmlText.label("\uD83D\uDECB sofa"));
  }

  @Test
  void longTextIsCutAtACodePointWithAnEllipsis() {
    String pairs = "\uD83D\uDECB".repeat(60);
    assertEquals("\uD83D\uDECB".repeat(XmlText.MAX_LABEL) + "\u2026", XmlText.label(pairs));
    assertEquals("abc\u2026", XmlText.escape("abcd", 3));
    assertEquals("abc", XmlText.escape("abc", 3));
  }
}
