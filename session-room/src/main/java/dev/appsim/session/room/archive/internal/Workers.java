package dev.appsim.session.room.archive.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Waiting for the archive's worker threads, so a worker's failure reaches the caller as thrown. */
public final class Workers {
  private static final AtomicInteger THREAD_IDS = new AtomicInteger();

  private Workers() {}

  /** Work for {@link #inOrder}: reads files, so it may fail with an {@link IOException}. */
  @FunctionalInterface
  public interface Task<T> {
    T run() throws IOException;
  }

  /** What {@link #inOrder} does with each result, on the calling thread. */
  @FunctionalInterface
  public interface Consumer<T> {
    void accept(int index, T result) throws IOException;
  }

  /**
   * Runs {@code tasks} on up to {@code threads} daemon threads named {@code name-N} and hands
   * their results to {@code consumer} on the calling thread, in task order, each as soon as it
   * and all before it are done. The caller sees what a loop running task then consumer for each
   * in turn would see: the first failure in task order (a task's or the consumer's) is thrown as
   * it was raised, and nothing after it is consumed; later tasks may have run, so tasks must
   * only read. With one thread or one task the tasks run on the calling thread, in that loop.
   */
  public static <T> void inOrder(List<? extends Task<? extends T>> tasks, int threads, String name,
      Consumer<? super T> consumer) throws IOException {
    int workers = Math.min(Math.max(1, threads), tasks.size());
    if (workers <= 1) {
      for (int i = 0; i < tasks.size(); i++) {
        consumer.accept(i, tasks.get(i).run());
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, name + "-" + THREAD_IDS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<? extends T>> futures = new ArrayList<>(tasks.size());
      for (Task<? extends T> task : tasks) {
        futures.add(pool.submit(task::run));
      }
      for (int i = 0; i < futures.size(); i++) {
        consumer.accept(i, await(futures.get(i), name + " workers"));
      }
    } finally {
      pool.shutdownNow();
    }
  }

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
