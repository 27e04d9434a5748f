/**
 * Test helpers for code that reads or writes sessions and rooms: golden files, assertions, diffs,
 * round trips and asset trees. Needs no test framework beyond opentest4j's assertion errors.
 */
module dev.appsim.session.testkit {
  requires transitive dev.appsim.session.model;
  requires transitive dev.appsim.session.codec;
  requires transitive dev.appsim.session.room;
  requires org.opentest4j;
  // Asset trees write the PNG textures a room references.
  requires java.desktop;

  exports dev.appsim.session.testkit;
}
