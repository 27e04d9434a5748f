package dev.appsim.session.codec.internal;

import org.jspecify.annotations.Nullable;

/**
 * Checks the raw bytes of an encoded document chunk by chunk, ahead of the parser, for what the
 * parser does not check itself (well-formed UTF-8 above all). Fed through {@link CheckedInput}.
 */
abstract class TextChecker {
  private @Nullable MalformedInput failure;

  /**
   * Checks {@code buf[from, to)}, which continues the bytes checked before.
   *
   * @return {@code to}, or the index of the first byte of the first malformed sequence in this
   *     chunk (or {@code from} when it started in an earlier chunk); {@link #failure()} is then set
   */
  abstract int check(byte[] buf, int from, int to);

  /** Called once at the end of the input; sets {@link #failure()} if the input cannot end here. */
  abstract void end();

  /** The first problem found, or {@code null}. */
  final @Nullable MalformedInput failure() {
    return failure;
  }

  /** Records the first problem; later ones are ignored, since bytes after it are never handed on. */
  final void fail(long offset, int line, int column, String reason) {
    if (failure == null) {
      failure = new MalformedInput(offset, line, column, reason);
    }
  }
}
