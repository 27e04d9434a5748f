package dev.appsim.session.room.path;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of expanding variables in a raw path.
 *
 * @param value the text with every defined variable replaced; undefined ones are left as written
 * @param undefined the names of undefined variables, in order of appearance
 * @param undefinedReferences the undefined references exactly as written ({@code $X}, {@code %X%})
 */
record Expansion(String value, List<String> undefined, List<String> undefinedReferences) {
  Expansion {
    requireNonNull(value, "value is null");
    undefined = List.copyOf(requireNonNull(undefined, "undefined is null"));
    undefinedReferences = List.copyOf(requireNonNull(undefinedReferences, "undefinedReferences is null"));
  }
}
