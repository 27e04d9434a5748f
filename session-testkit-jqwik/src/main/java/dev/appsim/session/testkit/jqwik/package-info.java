/**
 * The jqwik half of the testkit: arbitraries for every model type
 * ({@link dev.appsim.session.testkit.jqwik.SessionArbitraries}, fluent
 * {@link dev.appsim.session.testkit.jqwik.DocumentArbitrary} and friends), a domain that
 * provides them by type ({@link dev.appsim.session.testkit.jqwik.SessionDomain}), and ready
 * round-trip properties for any codec
 * ({@link dev.appsim.session.testkit.jqwik.SessionCodecContract}).
 *
 * <p>Everything here needs jqwik on the test classpath, which this module brings. The checks
 * these properties call (round trips, diffs, assertions, golden files, asset trees) live in
 * {@code session-testkit}, package {@code dev.appsim.session.testkit}, and need neither jqwik
 * nor JUnit.
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
package dev.appsim.session.testkit.jqwik;

import org.jspecify.annotations.NullMarked;
