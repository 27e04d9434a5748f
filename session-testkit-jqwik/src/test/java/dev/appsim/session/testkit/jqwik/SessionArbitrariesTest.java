package dev.appsim.session.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.SessionDocument;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** Examples of the arbitraries' settings; jqwik @Example because sampling needs a jqwik context. */
class SessionArbitrariesTest {
  @Example
  void settingsReturnChangedCopiesAndLeaveTheReceiverAlone() {
    DocumentArbitrary small = SessionArbitraries.documents().withNodes(0, 2);
    DocumentArbitrary big = small.withNodes(10, 10);
    assertNotSame(small, big);
    Random random = new Random(1);
    for (int i = 0; i < 20; i++) {
      assertTrue(sample(small, random).scene().size() <= 2);
      assertEquals(10, sample(big, random).scene().size());
    }
  }

  @Example
  void badRangesAreRefusedWithTheirValues() {
    assertEquals("nodes range [5, 2] must satisfy 0 <= min <= max", assertThrows(IllegalArgumentException.class,
        () -> SessionArbitraries.documents().withNodes(5, 2)).getMessage());
    assertEquals("vertices range [-1, 3] must satisfy 0 <= min <= max", assertThrows(IllegalArgumentException.class,
        () -> SessionArbitraries.meshBlocks().withVertices(-1, 3)).getMessage());
    assertEquals("extensionDepth (17) must be in [0, 16]", assertThrows(IllegalArgumentException.class,
        () -> SessionArbitraries.extensions().withDepth(17)).getMessage());
  }

  @Example
  void withoutExtensionsGivesNoUnknownMembersAnywhere() {
    Random random = new Random(2);
    DocumentArbitrary plain = SessionArbitraries.documents().withoutExtensions();
    for (int i = 0; i < 50; i++) {
      assertTrue(Features.of(sample(plain, random)).stream().noneMatch(f -> f.startsWith("ext")),
          "no extension features expected");
    }
  }

  @Property(tries = 20)
  @Domain(SessionDomain.class)
  void domainProvidesDocuments(@ForAll SessionDocument doc) {
    SessionArbitrariesProperties.assertValid(doc);
  }

  private static SessionDocument sample(Arbitrary<SessionDocument> arbitrary, Random random) {
    return arbitrary.generator(1000).next(random).value();
  }
}
