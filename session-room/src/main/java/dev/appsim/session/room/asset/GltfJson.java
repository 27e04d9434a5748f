package dev.appsim.session.room.asset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds every external {@code uri} of glTF JSON bytes (any version, any extension) with the
 * streaming parser, and splices new string tokens in place of old ones, leaving every other byte
 * as it was.
 *
 * <p>A reference is any string member named {@code uri}, wherever it sits: glTF 2.0 arrays
 * ({@code /images/0/uri}), glTF 1.0 dictionaries ({@code /shaders/duck0FS/uri}) and extension
 * objects ({@code /extensions/KHR_techniques_webgl/shaders/0/uri},
 * {@code /extensions/KHR_audio_emitter/audio/0/uri}), except inside {@code extras}, which holds
 * application data that no glTF loader reads as a file. {@code data:} URIs are embedded, not
 * references. A required extension ({@code extensionsRequired}) outside {@link #KNOWN_EXTENSIONS}
 * may name files some other way, so it becomes a notice.
 */
final class GltfJson {
  /**
   * Extensions whose files are all named by {@code uri} members (or that name none): every file
   * a glTF using only these can need is found.
   */
  static final Set<String> KNOWN_EXTENSIONS = Set.of(
      "KHR_binary_glTF", "KHR_materials_common", "KHR_techniques_webgl", "KHR_draco_mesh_compression",
      "KHR_lights_punctual", "KHR_materials_anisotropy", "KHR_materials_clearcoat",
      "KHR_materials_diffuse_transmission", "KHR_materials_dispersion", "KHR_materials_emissive_strength",
      "KHR_materials_ior", "KHR_materials_iridescence", "KHR_materials_pbrSpecularGlossiness",
      "KHR_materials_sheen", "KHR_materials_specular", "KHR_materials_transmission", "KHR_materials_unlit",
      "KHR_materials_variants", "KHR_materials_volume", "KHR_mesh_quantization", "KHR_texture_basisu",
      "KHR_texture_transform", "KHR_xmp", "KHR_xmp_json_ld", "KHR_animation_pointer", "KHR_audio",
      "KHR_audio_emitter", "KHR_meshopt_compression", "EXT_meshopt_compression", "EXT_mesh_gpu_instancing",
      "EXT_texture_webp", "EXT_texture_avif", "EXT_lights_image_based", "MSFT_texture_dds", "MSFT_lod",
      "MSFT_packing_normalRoughnessMetallic", "MSFT_packing_occlusionRoughnessMetallic",
      "CESIUM_primitive_outline");

  /** What a scan found: the references with their token ranges, and the notices. */
  record Found(List<Splice> splices, List<AssetNotice> notices) {
    AssetScan toScan() {
      return new AssetScan(splices.stream().map(Splice::reference).toList(), notices);
    }
  }

  private final JsonFactory factory;
  private final AssetLimits limits;

  GltfJson(AssetLimits limits) {
    this.limits = limits;
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
  Found scan(byte[] json, int length, String file) {
    List<Splice> found = new ArrayList<>();
    List<AssetNotice> notices = new ArrayList<>();
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
        if (token != JsonToken.VALUE_STRING) {
          continue;
        }
        String pointer = p.streamReadContext().pathAsPointer().toString();
        if (pointer.startsWith("/extensionsRequired/")) {
          String name = p.getString();
          if (!KNOWN_EXTENSIONS.contains(name)) {
            notices.add(new AssetNotice(pointer, "requires the glTF extension \"" + name
                + "\", which is not known here: files it names other than by \"uri\" are not followed"));
          }
          continue;
        }
        if (!"uri".equals(p.streamReadContext().currentName()) || inExtras(pointer)) {
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
        limits.checkReferenceCount(found.size() + 1L, file + ":" + pointer);
        found.add(new Splice(new AssetReference(UriReferences.toPath(uri), pointer, kind(pointer)), start, end));
      }
      return new Found(List.copyOf(found), List.copyOf(notices));
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

  /** Whether a pointer runs through an {@code extras} member (application data, not glTF's). */
  private static boolean inExtras(String pointer) {
    return pointer.contains("/extras/") || pointer.endsWith("/extras");
  }

  /** The kind of a {@code uri} by the collection holding its object: {@code /<collection>/<index or id>/uri}. */
  private static ReferenceKind kind(String pointer) {
    String[] segments = pointer.split("/", -1);
    String collection = segments.length >= 4 ? segments[segments.length - 3] : "";
    switch (collection) {
      case "buffers":
        return ReferenceKind.BUFFER;
      case "images":
        return ReferenceKind.IMAGE;
      case "shaders":
        return ReferenceKind.SHADER;
      default:
        return ReferenceKind.RESOURCE;
    }
  }

  /**
   * The edits replacing each changed reference among {@code splices} (located in the file) by its
   * new value as a JSON string token; empty when none changes.
   */
  static List<AssetEdits.Edit> edits(List<Splice> splices, String file, Function<AssetReference, String> replacement) {
    List<AssetEdits.Edit> edits = new ArrayList<>();
    for (Splice splice : splices) {
      String next = Replacements.apply(replacement, splice.reference(), file);
      if (!next.equals(splice.reference().raw())) {
        edits.add(splice.replacedBy(quote(UriReferences.fromPath(next))));
      }
    }
    return edits;
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
