/**
 * The session model: immutable documents, scene nodes, transforms and the other values of a
 * {@code .session} file, with validation and the structural diff. JDK and JSpecify only.
 */
module dev.appsim.session.model {
  // Nullness annotations appear in every signature: consumers read them too.
  requires transitive org.jspecify;

  exports dev.appsim.session.model;
  exports dev.appsim.session.model.diff;
}
