package dev.appsim.session.room.archive.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the archive's worker threads, so a worker's failure reaches the caller as thrown. */
public final class Workers {
  private Workers() {}

  /**
   * The result of {@code future}; a worker's {@link IOException}, {@link RuntimeException} or
   * {@link Error} is rethrown as it is (an {@code UnsafeReferenceException} stays one), anything
   * else wrapped in an {@code IOException}.
   *
   * @param what what is waited for, for the message when the wait is interrupted
   */
  public static <T> T await(Future<T> future, String what) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + what);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }
}
