package dev.appsim.session.cli;

/** Entry point of the runnable jar: {@code java -jar session-cli-all.jar <subcommand> ...}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(SessionCommand.commandLine(CliContext.ofProcess(), args).execute(args));
  }
}
