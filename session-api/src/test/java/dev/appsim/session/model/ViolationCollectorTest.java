package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationCollectorTest {
  @Test
  void listsUpToTheLimitAndCountsTheRest() {
    ViolationCollector c = new ViolationCollector(2);
    c.add("/a", "first");
    assertFalse(c.isFull());
    c.add(new Violation("/b", "second"));
    assertTrue(c.isFull());
    c.add("/c", "third");
    c.count(123_454);
    assertEquals(List.of(new Violation("/a", "first"), new Violation("/b", "second")), c.listed());
    assertEquals(123_455, c.omitted());
    assertEquals(123_457, c.total());
    SessionValidationException e = c.toException();
    assertEquals("123,457 violations, the first 2 listed:\n  /a: first\n  /b: second\n  ... and 123,455 more",
        e.getMessage());
    assertEquals(123_457, e.total());
    assertEquals(123_455, e.omitted());
    assertEquals("/a", e.location());
  }

  @Test
  void keepsTheOmittedCountOfANestedReport() {
    ViolationCollector inner = new ViolationCollector(1);
    inner.add("/x", "bad");
    inner.add("/y", "worse");
    ViolationCollector outer = new ViolationCollector(5);
    outer.add("/first", "own");
    outer.addAll(inner.toException(), "/nodes/3");
    assertEquals(List.of(new Violation("/first", "own"), new Violation("/nodes/3/x", "bad")), outer.listed());
    assertEquals(1, outer.omitted());
    SessionValidationException moved = inner.toException().under("/scene");
    assertEquals("/scene/x", moved.violations().get(0).pointer());
    assertEquals(1, moved.omitted());
  }

  @Test
  void aFullCollectorCountsANestedReportWithoutListingIt() {
    ViolationCollector outer = new ViolationCollector(1);
    outer.add("/a", "kept");
    outer.addAll(new SessionValidationException(List.of(new Violation("/b", "x"), new Violation("/c", "y")), 7), "");
    assertEquals(1, outer.listed().size());
    assertEquals(9, outer.omitted());
  }

  @Test
  void anEmptyCollectorThrowsNothing() {
    ViolationCollector c = new ViolationCollector();
    assertEquals(ViolationCollector.DEFAULT_LIMIT, c.limit());
    assertTrue(c.isEmpty());
    c.throwIfAny();
    assertEquals("no violations were collected",
        assertThrows(IllegalStateException.class, c::toException).getMessage());
  }

  @Test
  void refusesBadArguments() {
    assertEquals("limit (0) must be positive",
        assertThrows(IllegalArgumentException.class, () -> new ViolationCollector(0)).getMessage());
    assertEquals("n (-1) must not be negative",
        assertThrows(IllegalArgumentException.class, () -> new ViolationCollector().count(-1)).getMessage());
    assertEquals("omitted (-2) must not be negative", assertThrows(IllegalArgumentException.class,
        () -> new SessionValidationException(List.of(new Violation("", "x")), -2)).getMessage());
    assertEquals("violations is empty", assertThrows(IllegalArgumentException.class,
        () -> new SessionValidationException(List.of(), 3)).getMessage());
  }

  @Test
  void aSceneWithThousandsOfBrokenParentsListsTheFirstThousand() {
    List<SceneNode> nodes = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      nodes.add(GroupNode.root("n" + i).withParent("ghost"));
    }
    SessionValidationException e = assertThrows(SessionValidationException.class, () -> new SceneGraph(nodes));
    assertEquals(ViolationCollector.DEFAULT_LIMIT, e.violations().size());
    assertEquals(5_000, e.total());
    assertEquals("/nodes/999/parent: unknown node \"ghost\"", e.violations().get(999).toString());
    assertTrue(e.getMessage().startsWith("5,000 violations, the first 1,000 listed:\n  /nodes/0/parent: unknown node"),
        e.getMessage().substring(0, 100));
    assertTrue(e.getMessage().endsWith("\n  ... and 4,000 more"));
  }
}
