/**
 * Test support for code that reads, writes or packages simulator sessions: jqwik arbitraries for
 * every model type ({@link dev.appsim.session.testkit.SessionArbitraries}), reusable round-trip
 * properties for any codec ({@link dev.appsim.session.testkit.RoundTrips},
 * {@link dev.appsim.session.testkit.SessionCodecContract}), document diffs as JSON Pointers
 * ({@link dev.appsim.session.testkit.SessionDiff}, {@link dev.appsim.session.testkit.SessionAssertions})
 * and asset trees on disk ({@link dev.appsim.session.testkit.AssetTrees}).
 *
 * <pre>{@code
 * @Property
 * @Domain(SessionDomain.class)
 * void myToolKeepsTheDocument(@ForAll SessionDocument doc) {
 *   SessionAssertions.assertSameDocument(doc, myTool.read(myTool.write(doc)));
 * }
 * }</pre>
 */
@NullMarked
package dev.appsim.session.testkit;

import org.jspecify.annotations.NullMarked;
