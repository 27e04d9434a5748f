/**
 * Plans, packages, opens, verifies and unpacks {@code .room} archives: a session with every asset
 * it references. {@code room.archive} is API because the limits, write options and progress
 * listener in the room signatures live there; {@code room.error} holds the exceptions they throw;
 * packages named {@code internal} are not exported.
 */
module dev.appsim.session.room {
  // Room signatures take and return model and codec types (SessionDocument, SessionCodec).
  requires transitive dev.appsim.session.codec;
  requires transitive dev.appsim.session.model;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires com.google.common;

  exports dev.appsim.session.room;
  exports dev.appsim.session.room.archive;
  exports dev.appsim.session.room.asset;
  exports dev.appsim.session.room.error;
  exports dev.appsim.session.room.path;
}
