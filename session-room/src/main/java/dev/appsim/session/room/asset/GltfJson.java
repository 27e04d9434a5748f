package dev.appsim.session.room.asset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds {@code buffers[*].uri} and {@code images[*].uri} in glTF JSON bytes with the streaming
 * parser, and splices new string tokens in place of old ones, leaving every other byte as it was.
 */
final class GltfJson {
  private static final Pattern URI_POINTER = Pattern.compile("/(buffers|images)/\\d+/uri");

  private final JsonFactory factory;

  GltfJson(AssetLimits limits) {
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxJsonDepth())
            .maxNumberLength(1000)
            .maxNameLength(50_000)
            .maxStringLength(limits.maxUriLength())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** Every reference in {@code json}, in document order, with the byte range of its token. */
  List<Splice> scan(byte[] json, int length, String file) {
    List<Splice> found = new ArrayList<>();
    JsonParser p;
    try {
      p = factory.createParser(ObjectReadContext.empty(), json, 0, length);
    } catch (JacksonException e) {
      throw new AssetFormatException(file + ":", "invalid glTF JSON: " + e.getOriginalMessage(), e);
    }
    try {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new AssetFormatException(file + ":",
            "glTF JSON must be an object, found " + (first == null ? "no content" : first.asString()));
      }
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token != JsonToken.VALUE_STRING || !"uri".equals(p.streamReadContext().currentName())) {
          continue;
        }
        String pointer = p.streamReadContext().pathAsPointer().toString();
        if (!URI_POINTER.matcher(pointer).matches()) {
          continue;
        }
        TokenStreamLocation where = p.currentTokenLocation();
        int start = (int) where.getByteOffset();
        if (start < 0 || start >= length || json[start] != '"') {
          throw new AssetFormatException(file + ":" + pointer,
              "could not locate the string token of the URI (byte offset " + start + ")");
        }
        int end = stringEnd(json, start, length);
        if (isDataUri(json, start + 1, end - 1)) {
          continue;
        }
        String uri = p.getString();
        ReferenceKind kind = pointer.startsWith("/buffers/") ? ReferenceKind.BUFFER : ReferenceKind.IMAGE;
        found.add(new Splice(new AssetReference(UriReferences.toPath(uri), pointer, kind), start, end));
      }
      return found;
    } catch (JacksonException e) {
      // Constraint violations carry no location of their own; the parser still knows where it is.
      TokenStreamLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw new AssetFormatException(file + ":" + p.streamReadContext().pathAsPointer(),
          "invalid glTF JSON at line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": "
              + e.getOriginalMessage(), e);
    } finally {
      p.close();
    }
  }

  /**
   * Writes {@code json[0, length)} with each changed reference replaced; returns whether any
   * reference changed.
   */
  boolean rewrite(byte[] json, int length, String file, Function<AssetReference, String> replacement,
      ByteArrayOutputStream out) {
    int copied = 0;
    boolean changed = false;
    for (Splice splice : scan(json, length, file)) {
      String next = Replacements.apply(replacement, splice.reference(), file);
      if (next.equals(splice.reference().raw())) {
        continue;
      }
      changed = true;
      out.write(json, copied, (int) splice.start() - copied);
      out.writeBytes(quote(UriReferences.fromPath(next)));
      copied = (int) splice.end();
    }
    out.write(json, copied, length - copied);
    return changed;
  }

  /** The exclusive end of the JSON string token starting at the quote at {@code start}. */
  private static int stringEnd(byte[] json, int start, int length) {
    int i = start + 1;
    while (i < length) {
      byte b = json[i];
      if (b == '\\') {
        i += 2;
      } else if (b == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return length;
  }

  private static boolean isDataUri(byte[] json, int from, int to) {
    byte[] data = {'d', 'a', 't', 'a', ':'};
    if (to - from < data.length) {
      return false;
    }
    for (int i = 0; i < data.length; i++) {
      if ((json[from + i] | 0x20) != data[i]) {
        return false;
      }
    }
    return true;
  }

  /** A JSON string token; the value is ASCII (percent-encoded), so only quote, backslash and controls need escaping. */
  private static byte[] quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString().getBytes(StandardCharsets.UTF_8);
  }
}
