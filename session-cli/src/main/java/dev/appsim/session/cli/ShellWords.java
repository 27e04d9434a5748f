package dev.appsim.session.cli;

/** Words of a command line that a user can paste into a POSIX shell and get back unchanged. */
final class ShellWords {
  private ShellWords() {}

  /**
   * {@code word} as is when the shell keeps it ({@code [A-Za-z0-9_@%+=:,./-]} only), else in
   * single quotes, a quote inside written as {@code '\''}.
   */
  static String quote(String word) {
    if (!word.isEmpty() && word.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "_@%+=:,./-".indexOf(c) >= 0))) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
