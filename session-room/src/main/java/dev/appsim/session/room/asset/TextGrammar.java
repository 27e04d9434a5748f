package dev.appsim.session.room.asset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reference statements of OBJ and MTL text, found on raw line bytes so that every byte
 * around a file name can be written back unchanged. Keywords compare ignoring case; tokens are
 * separated by spaces and tabs. Names are decoded as UTF-8, or as ISO-8859-1 if not valid UTF-8.
 *
 * <ul>
 *   <li>OBJ: {@code mtllib a.mtl b.mtl}: each token is a name, up to a token starting with
 *       {@code #} (a trailing comment).
 *   <li>MTL: a texture keyword ({@code map_Kd}, {@code bump}, {@code refl}...), then options, then
 *       the name: the rest of the line, trimmed, so it may hold spaces. {@code -o}, {@code -s},
 *       {@code -t} take 1 to 3 numbers; {@code -mm} takes 2 values; {@code -bm}, {@code -boost},
 *       {@code -texres}, {@code -imfchan}, {@code -type}, {@code -blendu}, {@code -blendv},
 *       {@code -clamp}, {@code -cc} take 1. Any other token, even one starting with {@code -},
 *       starts the name.
 * </ul>
 */
final class TextGrammar {
  private static final Set<String> TEXTURE_KEYWORDS = Set.of(
      "map_ka", "map_kd", "map_ks", "map_ke", "map_ns", "map_d", "map_tr", "map_bump", "bump",
      "disp", "map_disp", "decal", "refl", "norm", "map_norm", "map_pr", "map_pm", "map_ps",
      "map_ao", "map_rma", "map_orm");
  private static final Set<String> UP_TO_THREE_NUMBERS = Set.of("-o", "-s", "-t");
  private static final Map<String, Integer> FIXED_ARGUMENTS = Map.ofEntries(
      Map.entry("-mm", 2), Map.entry("-bm", 1), Map.entry("-boost", 1), Map.entry("-texres", 1),
      Map.entry("-imfchan", 1), Map.entry("-type", 1), Map.entry("-blendu", 1),
      Map.entry("-blendv", 1), Map.entry("-clamp", 1), Map.entry("-cc", 1));

  private final AssetFormat format;

  TextGrammar(AssetFormat format) {
    this.format = format;
  }

  /** The references on one line, with their byte ranges in {@code line}. */
  List<Splice> references(byte[] line, int length, long number, String file) {
    if (format == AssetFormat.OBJ && !startsWithM(line, length)) {
      return List.of(); // the fast path for the millions of v and f lines of a big OBJ
    }
    List<int[]> tokens = tokens(line, length);
    if (tokens.isEmpty()) {
      return List.of();
    }
    String keyword = ascii(line, tokens.get(0));
    String location = "line " + number;
    if (format == AssetFormat.OBJ) {
      if (!keyword.equals("mtllib")) {
        return List.of();
      }
      if (tokens.size() == 1) {
        throw new AssetFormatException(file + ":" + location, "mtllib names no file");
      }
      List<Splice> out = new ArrayList<>();
      for (int[] t : tokens.subList(1, tokens.size())) {
        if (line[t[0]] == '#') {
          break; // a trailing comment
        }
        out.add(splice(line, t[0], t[1], location, ReferenceKind.MATERIAL_LIBRARY));
      }
      if (out.isEmpty()) {
        throw new AssetFormatException(file + ":" + location, "mtllib names no file");
      }
      return out;
    }
    if (!TEXTURE_KEYWORDS.contains(keyword)) {
      return List.of();
    }
    int i = 1;
    while (i < tokens.size()) {
      String option = ascii(line, tokens.get(i));
      if (UP_TO_THREE_NUMBERS.contains(option)) {
        i++;
        int taken = 0;
        while (taken < 3 && i < tokens.size() && isNumber(ascii(line, tokens.get(i)))) {
          i++;
          taken++;
        }
      } else if (FIXED_ARGUMENTS.containsKey(option)) {
        i += 1 + FIXED_ARGUMENTS.get(option);
      } else {
        break;
      }
    }
    if (i >= tokens.size()) {
      throw new AssetFormatException(file + ":" + location,
          keywordText(line, tokens.get(0)) + " names no file");
    }
    int start = tokens.get(i)[0];
    int end = tokens.get(tokens.size() - 1)[1];
    return List.of(splice(line, start, end, location, ReferenceKind.TEXTURE));
  }

  /** Checks that a new name can be written in place of an old one on this kind of line. */
  void checkReplacement(String next, AssetReference old, String file) {
    String where = "replacement \"" + next + "\" for \"" + old.raw() + "\" at " + file + ":" + old.location();
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException(where + " contains a line break");
      }
      if (format == AssetFormat.OBJ && (c == ' ' || c == '\t')) {
        throw new IllegalArgumentException(where + " contains whitespace, which mtllib cannot hold");
      }
    }
    if (!next.strip().equals(next)) {
      throw new IllegalArgumentException(where + " starts or ends with whitespace");
    }
  }

  private static Splice splice(byte[] line, int start, int end, String location, ReferenceKind kind) {
    return new Splice(new AssetReference(decode(line, start, end), location, kind), start, end);
  }

  private static boolean startsWithM(byte[] line, int length) {
    int i = 0;
    while (i < length && isBlank(line[i])) {
      i++;
    }
    return i < length && (line[i] | 0x20) == 'm';
  }

  private static List<int[]> tokens(byte[] line, int length) {
    List<int[]> tokens = new ArrayList<>();
    int i = 0;
    while (i < length) {
      while (i < length && isBlank(line[i])) {
        i++;
      }
      int start = i;
      while (i < length && !isBlank(line[i])) {
        i++;
      }
      if (i > start) {
        tokens.add(new int[] {start, i});
      }
    }
    return tokens;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == 0x0B;
  }

  private static String ascii(byte[] line, int[] token) {
    return new String(line, token[0], token[1] - token[0], StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
  }

  private static String keywordText(byte[] line, int[] token) {
    return new String(line, token[0], token[1] - token[0], StandardCharsets.ISO_8859_1);
  }

  private static boolean isNumber(String token) {
    return token.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  }

  private static String decode(byte[] line, int start, int end) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line, start, end - start))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(line, start, end - start, StandardCharsets.ISO_8859_1);
    }
  }
}
