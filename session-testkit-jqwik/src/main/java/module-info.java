/** jqwik arbitraries and a domain of valid sessions, scene nodes and transforms. */
module dev.appsim.session.testkit.jqwik {
  requires transitive dev.appsim.session.model;
  requires transitive dev.appsim.session.testkit;
  requires transitive net.jqwik.api;

  exports dev.appsim.session.testkit.jqwik;
  // jqwik calls SessionDomain's package-private @Provide methods reflectively; the engine is a
  // named module on the module path and the unnamed one on the class path, so the opening is
  // not qualified.
  opens dev.appsim.session.testkit.jqwik;
}
