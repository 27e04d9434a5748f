package dev.appsim.session.room.internal;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON setup for room manifests and reports: two-space indentation, {@code \n} line ends on
 * every host (Jackson's default indenter uses the system separator, which would make rooms built
 * on Windows differ), {@code "name": value} spacing, strict duplicate detection and tight limits
 * on read because manifests come from untrusted archives.
 */
public final class PrettyJson {
  /** Largest manifest accepted, in bytes. */
  public static final int MAX_MANIFEST_BYTES = 64 << 20;

  /**
   * Most JSON tokens a manifest may hold: about ten per entry, for the 10,000 entries an archive
   * may have, and as many missing references. Bounds the tree built from an untrusted manifest,
   * which the byte limit alone does not (a 64 MiB run of {@code {},} is 21 million objects).
   */
  public static final int MAX_MANIFEST_TOKENS = 1_000_000;

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(32)
              .maxNumberLength(40)
              .maxNameLength(1024)
              .maxStringLength(64 * 1024)
              .maxDocumentLength(MAX_MANIFEST_BYTES)
              .maxTokenCount(MAX_MANIFEST_TOKENS)
              .build())
          .build())
      .build();

  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private PrettyJson() {}

  /** A mapper configured for untrusted input. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** A writer producing the canonical pretty form. */
  public static ObjectWriter writer() {
    return MAPPER.writer().with(PRINTER);
  }
}
