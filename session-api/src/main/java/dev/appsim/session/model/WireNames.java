package dev.appsim.session.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lookup and message formatting shared by the {@link WireNamed} enums. Stateless and thread-safe. */
public final class WireNames {
  private WireNames() {}

  /**
   * The constant of {@code values} named {@code wireName} (case-sensitive), if any.
   *
   * @param <E> the enum type
   * @param values the constants to search, usually {@code E.values()}
   * @param wireName the name as written in a session file
   * @return the first constant whose {@link WireNamed#wireName()} equals {@code wireName}, or empty
   */
  public static <E extends WireNamed> Optional<E> lookup(E[] values, String wireName) {
    for (E value : values) {
      if (value.wireName().equals(wireName)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * The accepted names for a message: {@code "a", "b", "c"}.
   *
   * @param values the constants, in the order to list them
   * @return each wire name in double quotes, separated by {@code ", "}; empty for no values
   */
  public static String list(WireNamed[] values) {
    return Arrays.stream(values).map(v -> '"' + v.wireName() + '"').collect(Collectors.joining(", "));
  }
}
