/** Renders sessions: SVG floor plans and glTF scenes. {@code view.internal} is not exported. */
module dev.appsim.session.view {
  requires transitive dev.appsim.session.model;
  requires dev.appsim.session.codec;

  exports dev.appsim.session.view;
}
