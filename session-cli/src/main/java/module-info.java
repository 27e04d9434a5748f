/**
 * The {@code session} command. Exports nothing: it is run ({@code dev.appsim.session.cli.Main}),
 * not called.
 */
module dev.appsim.session.cli {
  requires dev.appsim.session.model;
  requires dev.appsim.session.codec;
  requires dev.appsim.session.room;
  requires dev.appsim.session.view;
  requires info.picocli;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  // BuildDocs runs at build time only (man pages and completion); picocli-codegen is provided.
  requires static info.picocli.codegen;

  // picocli reads and sets the commands' annotated private fields.
  opens dev.appsim.session.cli to info.picocli;
}
