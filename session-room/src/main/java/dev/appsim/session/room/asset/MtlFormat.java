package dev.appsim.session.room.asset;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wavefront material library ({@code .mtl}): its texture statements ({@code map_Kd}, {@code bump},
 * {@code refl}...) name image files.
 *
 * <p>A texture statement is the keyword, options, the file name, and possibly more options: the
 * name is what remains, spaces included ({@code map_Kd wood grain.png}), as tinyobjloader and
 * Assimp read it. The options of the MTL specification and their arguments are:
 * {@code -o}, {@code -s}, {@code -t} (1 to 3 numbers), {@code -mm} (2 numbers), {@code -bm},
 * {@code -boost}, {@code -texres} (1 number), {@code -imfchan} ({@code r g b m l z}),
 * {@code -type} ({@code sphere}, {@code cube_top}...), {@code -blendu}, {@code -blendv},
 * {@code -clamp}, {@code -cc} ({@code on}/{@code off}), and tinyobjloader's {@code -colorspace}
 * (1 value). Before the name an option takes its arguments whatever they are; after it
 * ({@code map_bump -imfchan r bump.jpg -bm 1.5}) only a complete, well-formed run of options up to
 * the end of the statement counts as options, so a name such as {@code a -b.png} stays whole. Any
 * other token, even one starting with {@code -}, starts the name.
 */
final class MtlFormat extends TextAsset {
  private static final Set<String> TEXTURE_KEYWORDS = Set.of(
      "map_ka", "map_kd", "map_ks", "map_ke", "map_ns", "map_d", "map_tr", "map_bump", "bump",
      "disp", "map_disp", "decal", "refl", "norm", "map_norm", "map_pr", "map_pm", "map_ps",
      "map_ao", "map_rma", "map_orm");
  private static final Set<String> UP_TO_THREE_NUMBERS = Set.of("-o", "-s", "-t");
  private static final Set<String> ON_OFF = Set.of("on", "off");
  private static final Map<String, Set<String>> ONE_WORD = Map.of(
      "-imfchan", Set.of("r", "g", "b", "m", "l", "z"),
      "-type", Set.of("sphere", "cube_top", "cube_bottom", "cube_front", "cube_back", "cube_left", "cube_right"),
      "-blendu", ON_OFF, "-blendv", ON_OFF, "-clamp", ON_OFF, "-cc", ON_OFF);
  private static final Map<String, Integer> NUMBERS = Map.of("-mm", 2, "-bm", 1, "-boost", 1, "-texres", 1);

  MtlFormat(AssetLimits limits) {
    super(limits);
  }

  @Override
  public String name() {
    return "MTL";
  }

  @Override
  public List<String> extensions() {
    return List.of("mtl");
  }

  @Override
  public String mediaType() {
    return "model/mtl";
  }

  @Override
  List<Splice> references(byte[] line, int from, int length, long number, String file) {
    int end = TextTokens.contentEnd(line, from, length);
    List<int[]> tokens = TextTokens.tokens(line, from, end);
    if (tokens.isEmpty() || !TEXTURE_KEYWORDS.contains(TextTokens.lower(line, tokens.get(0)))) {
      return List.of();
    }
    int i = 1;
    while (i < tokens.size()) {
      int taken = leadingOption(line, tokens, i);
      if (taken == 0) {
        break;
      }
      i += taken;
    }
    if (i >= tokens.size()) {
      throw new AssetFormatException(file + ":line " + number,
          TextTokens.text(line, tokens.get(0)) + " names no file");
    }
    int last = i + 1;
    while (last < tokens.size() && !optionsToTheEnd(line, tokens, last)) {
      last++;
    }
    int start = tokens.get(i)[0];
    int stop = tokens.get(last - 1)[1];
    AssetReference ref = new AssetReference(TextTokens.decodeJoined(line, start, stop), "line " + number,
        ReferenceKind.TEXTURE);
    return List.of(new Splice(ref, start, stop));
  }

  @Override
  byte[] encode(String next, Splice splice, boolean alternative, String file) {
    checkCommon(next, splice, file);
    if (next.contains(" #") || next.contains("\t#")) {
      throw new IllegalArgumentException(where(next, splice, file) + " contains \" #\", which MTL reads as a comment");
    }
    return utf8(next);
  }

  /** How many tokens the option at {@code i} takes with its arguments, before the name; 0 if none. */
  private static int leadingOption(byte[] line, List<int[]> tokens, int i) {
    String option = TextTokens.lower(line, tokens.get(i));
    if (UP_TO_THREE_NUMBERS.contains(option)) {
      int taken = 1;
      while (taken < 4 && i + taken < tokens.size() && TextTokens.isNumber(TextTokens.lower(line, tokens.get(i + taken)))) {
        taken++;
      }
      return taken;
    }
    if (ONE_WORD.containsKey(option) || option.equals("-colorspace")) {
      return 2;
    }
    Integer numbers = NUMBERS.get(option);
    return numbers == null ? 0 : 1 + numbers;
  }

  /** Whether the tokens from {@code i} to the end are all well-formed options with their arguments. */
  private static boolean optionsToTheEnd(byte[] line, List<int[]> tokens, int i) {
    int at = i;
    while (at < tokens.size()) {
      int taken = strictOption(line, tokens, at);
      if (taken == 0) {
        return false;
      }
      at += taken;
    }
    return true;
  }

  private static int strictOption(byte[] line, List<int[]> tokens, int i) {
    String option = TextTokens.lower(line, tokens.get(i));
    int n = tokens.size();
    if (UP_TO_THREE_NUMBERS.contains(option)) {
      int taken = 1;
      while (taken < 4 && i + taken < n && TextTokens.isNumber(TextTokens.lower(line, tokens.get(i + taken)))) {
        taken++;
      }
      return taken > 1 ? taken : 0;
    }
    Set<String> words = ONE_WORD.get(option);
    if (words != null) {
      return i + 1 < n && words.contains(TextTokens.lower(line, tokens.get(i + 1))) ? 2 : 0;
    }
    if (option.equals("-colorspace")) {
      return i + 1 < n ? 2 : 0;
    }
    Integer numbers = NUMBERS.get(option);
    if (numbers == null || i + numbers >= n) {
      return 0;
    }
    for (int k = 1; k <= numbers; k++) {
      if (!TextTokens.isNumber(TextTokens.lower(line, tokens.get(i + k)))) {
        return 0;
      }
    }
    return 1 + numbers;
  }
}
