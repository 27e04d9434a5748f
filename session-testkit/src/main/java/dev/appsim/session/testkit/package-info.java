/**
 * Test support for code that reads, writes or packages simulator sessions, usable from any
 * test framework: round-trip checks for any codec ({@link dev.appsim.session.testkit.RoundTrips},
 * {@link dev.appsim.session.testkit.RoomRoundTrips}), document diffs as JSON Pointers
 * ({@link dev.appsim.session.testkit.SessionDiff},
 * {@link dev.appsim.session.testkit.SessionAssertions}), golden files of every released format
 * version ({@link dev.appsim.session.testkit.GoldenFiles}) and asset trees on disk
 * ({@link dev.appsim.session.testkit.AssetTrees}).
 *
 * <p>Nothing here needs jqwik or JUnit: failures are opentest4j's
 * {@code AssertionFailedError}, which JUnit, TestNG and IDEs show with an expected/actual
 * diff. jqwik arbitraries and ready-made properties are in {@code session-testkit-jqwik}
 * (package {@code dev.appsim.session.testkit.jqwik}).
 *
 * <pre>{@code
 * @Test
 * void myToolKeepsTheGoldenSessions() throws Exception {
 *   for (GoldenFile golden : GoldenFiles.sessions()) {
 *     SessionAssertions.assertSameDocument(golden.read(), myTool.read(golden.bytes()));
 *   }
 * }
 * }</pre>
 */
@NullMarked
package dev.appsim.session.testkit;

import org.jspecify.annotations.NullMarked;
