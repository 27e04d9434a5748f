package dev.appsim.session.room.internal;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
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

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(32)
          .maxNumberLength(40)
          .maxNameLength(1024)
          .maxStringLength(64 * 1024)
          .maxDocumentLength(MAX_MANIFEST_BYTES)
          .maxTokenCount(MAX_MANIFEST_TOKENS)
          .build())
      .build();

  // Built on first use: a JsonMapper costs about 100 ms of start-up (with the launcher's class
  // data archive; 300 ms without), which the manifest, read and written with the streaming
  // factory alone, does not need. Only reports use the mapper.
  private static final class Mapper {
    static final JsonMapper MAPPER = JsonMapper.builder(FACTORY).build();
  }

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
    return Mapper.MAPPER;
  }

  /** A writer producing the canonical pretty form. */
  public static ObjectWriter writer() {
    return mapper().writer().with(PRINTER);
  }

  /** A streaming parser with the limits for untrusted input. */
  public static JsonParser parser(byte[] json) {
    return FACTORY.createParser(ObjectReadContext.empty(), json);
  }

  /** A streaming generator writing the canonical pretty form, as {@link #writer()} does. */
  public static JsonGenerator generator(Writer out) {
    return FACTORY.createGenerator(new Pretty(PRINTER.createInstance()), out);
  }

  private static final class Pretty extends ObjectWriteContext.Base {
    private final PrettyPrinter printer;

    Pretty(PrettyPrinter printer) {
      this.printer = printer;
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return printer;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }
}
