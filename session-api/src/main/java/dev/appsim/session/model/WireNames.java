package dev.appsim.session.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lookup and message formatting shared by the {@link WireNamed} enums. */
public final class WireNames {
  private WireNames() {}

  /** The constant of {@code values} named {@code wireName} (case-sensitive), if any. */
  public static <E extends WireNamed> Optional<E> lookup(E[] values, String wireName) {
    for (E value : values) {
      if (value.wireName().equals(wireName)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The accepted names for a message: {@code "a", "b", "c"}. */
  public static String list(WireNamed[] values) {
    return Arrays.stream(values).map(v -> '"' + v.wireName() + '"').collect(Collectors.joining(", "));
  }
}
