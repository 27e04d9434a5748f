/**
 * The typed, immutable model of an application-simulator session.
 */
@NullMarked
package dev.appsim.session.model;

import org.jspecify.annotations.NullMarked;
