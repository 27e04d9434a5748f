package com.example.junitonly;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The testkit brought no jqwik: a team without it keeps a classpath without it. */
class NoJqwikTest {
  @Test
  void jqwikIsNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("net.jqwik.api.Arbitrary"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("net.jqwik.engine.JqwikTestEngine"));
  }

  @Test
  void noJqwikHalfOfTheTestkitEither() {
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("dev.appsim.session.testkit.jqwik.SessionArbitraries"));
  }
}
