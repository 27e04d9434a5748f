/**
 * Reads and writes sessions (JSON and Smile), migrates older versions, and saves files
 * atomically. {@code codec.internal} is the implementation and is not exported.
 */
module dev.appsim.session.codec {
  // SessionCodec's methods take and return model types.
  requires transitive dev.appsim.session.model;
  // SessionJacksonModule, public API, is a Jackson JacksonModule (databind requires core transitively).
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.smile;

  exports dev.appsim.session.codec;
  exports dev.appsim.session.codec.io;

  // SessionCodec finds migrations with ServiceLoader unless told not to.
  uses dev.appsim.session.codec.SessionMigration;
  // A JsonMapper built with findAndAddModules() reads and writes session documents.
  provides tools.jackson.databind.JacksonModule with dev.appsim.session.codec.SessionJacksonModule;
}
