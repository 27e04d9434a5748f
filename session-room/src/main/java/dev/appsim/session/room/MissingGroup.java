package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Unresolved references that share one cause and one fix, so a report says it once instead of
 * once per file: 24 paths saved below {@code C:\Users\ana\MagicLeap} are one missing remap.
 *
 * @param cause why they did not resolve
 * @param prefix what they share, as written: the longest common folder of paths saved on another
 *     machine, the variable's name, or the folder a relative path pointed into; {@code ""} for
 *     {@link Cause#AMBIGUOUS} and {@link Cause#OTHER}
 * @param references the references, in discovery order
 * @param suggestion the option that would fix them, in {@code session}'s syntax
 *     ({@code --remap 'C:\Users\ana\MagicLeap=DIR'}, where {@code DIR} is filled in when another
 *     reference below the same prefix was found); {@code ""} when there is none
 */
public record MissingGroup(Cause cause, String prefix, List<DiscoveredReference> references, String suggestion) {
  /** Names listed in {@link #describe()} before "and N more". */
  public static final int LISTED = 8;

  /** Why a group's references did not resolve. */
  public enum Cause {
    /** Absolute paths (drive, UNC, POSIX, {@code ~}) saved on another machine: a remap fixes them. */
    SAVED_ELSEWHERE,
    /** A variable that is not defined: {@code --env} (or the environment) fixes them. */
    UNDEFINED_VARIABLE,
    /** Relative paths whose files are not in the folder they point into: a search path may find them. */
    RELATIVE_NOT_FOUND,
    /** Several candidates each: remove a search path or remap to one place. */
    AMBIGUOUS,
    /** Anything else (unparseable paths, unreadable files): see each reference's attempts. */
    OTHER
  }

  /**
   * Checks the components and copies {@code references}.
   *
   * @param cause why they did not resolve
   * @param prefix what they share, as written: the longest common folder of paths saved on another
   *     machine, the variable's name, or the folder a relative path pointed into; {@code ""} for
   *     {@link Cause#AMBIGUOUS} and {@link Cause#OTHER}
   * @param references the references, in discovery order
   * @param suggestion the option that would fix them, in {@code session}'s syntax
   *     ({@code --remap 'C:\Users\ana\MagicLeap=DIR'}, where {@code DIR} is filled in when another
   *     reference below the same prefix was found); {@code ""} when there is none
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if {@code references} is empty
   */
  public MissingGroup {
    requireNonNull(cause, "cause is null");
    requireNonNull(prefix, "prefix is null");
    references = List.copyOf(requireNonNull(references, "references is null"));
    requireNonNull(suggestion, "suggestion is null");
    if (references.isEmpty()) {
      throw new IllegalArgumentException("a missing group needs at least one reference");
    }
  }

  /**
   * Readable lines: a header with the count, cause and prefix, the names (at most
   * {@link #LISTED}), the suggestion, then the attempts made for the first reference (the others'
   * are alike).
   *
   * @return the lines, without line separators
   */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    int n = references.size();
    String count = n + (n == 1 ? " reference" : " references");
    switch (cause) {
      case SAVED_ELSEWHERE:
        lines.add(count + " below " + prefix + ", saved on another machine and not found here:");
        break;
      case UNDEFINED_VARIABLE:
        lines.add(count + " through the undefined variable " + prefix + ":");
        break;
      case RELATIVE_NOT_FOUND:
        lines.add(count + " to files in " + prefix + ", not found there:");
        break;
      case AMBIGUOUS:
        lines.add(count + " matching several files each:");
        break;
      default:
        lines.add(count + " that could not be resolved:");
    }
    for (int i = 0; i < Math.min(n, LISTED); i++) {
      DiscoveredReference r = references.get(i);
      lines.add("  " + r.site() + ": \"" + r.raw() + "\"");
    }
    if (n > LISTED) {
      lines.add("  ... and " + (n - LISTED) + " more");
    }
    if (!suggestion.isEmpty()) {
      lines.add("  try " + suggestion);
    }
    lines.add("  " + (n == 1 ? "tried:" : "tried for the first (the others alike):"));
    String[] explained = references.get(0).resolution().explain().split("\n");
    for (int i = 1; i < explained.length; i++) {
      lines.add("  " + explained[i]);
    }
    if (explained.length > 1 && references.get(0).resolution().candidates().size() > 1) {
      lines.add("  candidates: " + references.get(0).resolution().candidates());
    }
    return lines;
  }
}
