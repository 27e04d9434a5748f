/**
 * JMH benchmarks and the helpers of the packaging comparison (DESIGN.md section 8). Built only
 * with the {@code benchmarks} Maven profile; nothing here is API.
 */
@NullMarked
package dev.appsim.session.benchmarks;

import org.jspecify.annotations.NullMarked;
