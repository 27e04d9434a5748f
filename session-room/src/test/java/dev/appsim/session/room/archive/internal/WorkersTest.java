package dev.appsim.session.room.archive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Workers.inOrder: parallel tasks, results and failures seen as a sequential loop would see them. */
class WorkersTest {
  @Test
  void resultsReachTheConsumerInTaskOrderWhateverOrderTheTasksFinishIn() throws IOException {
    List<Workers.Task<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int n = i;
      // Earlier tasks sleep longer, so on several threads they finish last.
      tasks.add(() -> {
        sleep(2 * (12 - n));
        return n * n;
      });
    }
    List<Integer> seen = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    Workers.inOrder(tasks, 4, "test", (i, r) -> {
      indices.add(i);
      seen.add(r);
    });
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      expected.add(i * i);
    }
    assertEquals(expected, seen);
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), indices);
  }

  @Test
  void tasksRunOnNamedWorkerThreadsAtOnce() throws IOException {
    CountDownLatch both = new CountDownLatch(2);
    List<String> names = Collections.synchronizedList(new ArrayList<>());
    Workers.Task<Boolean> task = () -> {
      names.add(Thread.currentThread().getName());
      both.countDown();
      try {
        // Only true if the other task runs at the same time on the other thread.
        return both.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
    };
    List<Boolean> met = new ArrayList<>();
    Workers.inOrder(List.of(task, task), 2, "room-scan", (i, r) -> met.add(r));
    assertEquals(List.of(true, true), met);
    assertTrue(names.stream().allMatch(n -> n.startsWith("room-scan-")), names.toString());
  }

  @Test
  void theFirstFailureInTaskOrderIsThrownEvenWhenALaterOneFailsSooner() {
    IOException first = new IOException("first");
    List<Workers.Task<String>> tasks = List.of(
        () -> "ok",
        () -> {
          sleep(100);
          throw first;
        },
        () -> {
          throw new IllegalStateException("later, but sooner");
        });
    List<String> seen = new ArrayList<>();
    IOException e = assertThrows(IOException.class, () -> Workers.inOrder(tasks, 3, "test", (i, r) -> seen.add(r)));
    assertSame(first, e);
    assertEquals(List.of("ok"), seen);
  }

  @Test
  void aConsumerFailureStopsTheLoopAndIsThrownAsItIs() {
    List<Workers.Task<Integer>> tasks = List.of(() -> 1, () -> 2, () -> 3);
    List<Integer> seen = new ArrayList<>();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Workers.inOrder(tasks, 2, "test", (i, r) -> {
          if (r == 2) {
            throw new IllegalArgumentException("stop at 2");
          }
          seen.add(r);
        }));
    assertEquals("stop at 2", e.getMessage());
    assertEquals(List.of(1), seen);
  }

  @Test
  void oneThreadRunsEachTaskOnTheCallersThreadBeforeTheNextOne() throws IOException {
    Thread caller = Thread.currentThread();
    List<String> log = new ArrayList<>();
    List<Workers.Task<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String name = "t" + i;
      tasks.add(() -> {
        assertSame(caller, Thread.currentThread());
        log.add("run " + name);
        return name;
      });
    }
    Workers.inOrder(tasks, 1, "test", (i, r) -> log.add("took " + r));
    assertEquals(List.of("run t0", "took t0", "run t1", "took t1", "run t2", "took t2"), log);
  }

  @Test
  void noTasksIsNothingToDo() throws IOException {
    Workers.inOrder(List.<Workers.Task<String>>of(), 4, "test", (i, r) -> {
      throw new AssertionError("nothing to consume");
    });
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
