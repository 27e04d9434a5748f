package dev.appsim.session.room.asset;

import java.util.function.Function;

/** Calls a caller's replacement function and checks what it returned. */
final class Replacements {
  private Replacements() {}

  static String apply(Function<AssetReference, String> replacement, AssetReference reference, String file) {
    String next = replacement.apply(reference);
    if (next == null) {
      throw new NullPointerException(
          "replacement for \"" + reference.raw() + "\" at " + file + ":" + reference.location() + " is null");
    }
    if (next.isEmpty()) {
      throw new IllegalArgumentException(
          "replacement for \"" + reference.raw() + "\" at " + file + ":" + reference.location() + " is empty");
    }
    return next;
  }
}
