package dev.appsim.session.testkit.jqwik;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one jqwik property in-process, as a build would, and keeps what it threw after shrinking:
 * the failure a user would see in the build report.
 */
final class PropertyRun {
  final @Nullable Throwable failure;

  private PropertyRun(@Nullable Throwable failure) {
    this.failure = failure;
  }

  /** Runs {@code type#method} (declared in {@code type} or a superclass); the class must not be picked up by Surefire itself. */
  static PropertyRun of(Class<?> type, String method) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectMethod(type, find(type, method)))
        .build();
    List<TestExecutionResult> results = new ArrayList<>();
    LauncherFactory.create().execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
          results.add(result);
        }
      }
    });
    if (results.size() != 1) {
      throw new AssertionError("expected one property run for " + type.getName() + "#" + method + ", got " + results);
    }
    return new PropertyRun(results.get(0).getThrowable().orElse(null));
  }

  private static Method find(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name)) {
          return m;
        }
      }
    }
    throw new IllegalArgumentException("no method " + name + " in " + type + " or its superclasses");
  }

  /** For assertion messages when the property unexpectedly passed. */
  String report() {
    return "the property passed, but it was expected to fail";
  }
}
