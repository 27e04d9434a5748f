/**
 * The {@code session} command: package, unpack, info, validate, convert, deps, verify and schema,
 * built on picocli. {@link dev.appsim.session.cli.Main} is the entry point; {@link
 * dev.appsim.session.cli.SessionCommand#commandLine(CliContext)} builds the command for tests and
 * embedding. Not a library API: output formats are documented in the README, class shapes are not
 * stable.
 */
@NullMarked
package dev.appsim.session.cli;

import org.jspecify.annotations.NullMarked;
