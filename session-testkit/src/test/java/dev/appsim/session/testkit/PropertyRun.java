package dev.appsim.session.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one jqwik property in-process, as a build would, and keeps its outcome: how it ended,
 * what it threw, and jqwik's report (seed, original and shrunk sample).
 */
final class PropertyRun {
  final @Nullable Throwable failure;
  final List<Map<String, String>> reports;

  private PropertyRun(@Nullable Throwable failure, List<Map<String, String>> reports) {
    this.failure = failure;
    this.reports = reports;
  }

  /** Runs {@code type#method}; the class must not be picked up by Surefire itself. */
  static PropertyRun of(Class<?> type, String method) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectMethod(type, java.util.Arrays.stream(type.getDeclaredMethods())
            .filter(m -> m.getName().equals(method)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no method " + method + " in " + type))))
        .configurationParameter("jqwik.database", "target/jqwik-database-property-run")
        .build();
    List<TestExecutionResult> results = new ArrayList<>();
    List<Map<String, String>> reports = new ArrayList<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
          results.add(result);
        }
      }

      @Override
      public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        reports.add(entry.getKeyValuePairs());
      }
    });
    if (results.size() != 1) {
      throw new AssertionError("expected one property run for " + type.getName() + "#" + method + ", got " + results);
    }
    return new PropertyRun(results.get(0).getThrowable().orElse(null), reports);
  }

  /** Everything jqwik reported, one {@code key = value} a line. */
  String report() {
    StringBuilder sb = new StringBuilder();
    reports.forEach(m -> m.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n')));
    return sb.toString();
  }
}
