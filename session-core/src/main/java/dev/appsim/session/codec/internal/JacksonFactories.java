package dev.appsim.session.codec.internal;

import dev.appsim.session.codec.ReadLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TSFBuilder;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.dataformat.smile.SmileFactory;
import tools.jackson.dataformat.smile.SmileReadFeature;
import tools.jackson.dataformat.smile.SmileWriteFeature;

/**
 * Builds the Jackson factories with the settings the format needs; Jackson's own defaults are
 * too lax for untrusted input (SAFETY.md): duplicate keys pass, document size and token count are
 * unbounded.
 */
public final class JacksonFactories {
  private JacksonFactories() {}

  /** Stream constraints equivalent to {@code limits}. */
  public static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength())
        .maxStringLength(limits.maxStringLength())
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxTokenCount(limits.maxTokenCount())
        .build();
  }

  // What both formats need: limits, duplicate names refused both ways, the caller's streams left open.
  private static <B extends TSFBuilder<?, B>> B common(B builder, ReadLimits limits) {
    return builder
        .streamReadConstraints(constraints(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  /** A JSON factory for reading under {@code limits} and for writing canonical text. */
  public static JsonFactory json(ReadLimits limits) {
    return common(JsonFactory.builder(), limits)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .disable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .build();
  }

  /** A Smile factory for reading under {@code limits} and for writing as FORMAT 1.4 describes. */
  public static SmileFactory smile(ReadLimits limits) {
    return common(SmileFactory.builder(), limits)
        .enable(SmileReadFeature.REQUIRE_HEADER)
        .enable(SmileWriteFeature.WRITE_HEADER)
        .disable(SmileWriteFeature.WRITE_END_MARKER)
        .enable(SmileWriteFeature.CHECK_SHARED_NAMES)
        .enable(SmileWriteFeature.CHECK_SHARED_STRING_VALUES)
        .disable(SmileWriteFeature.ENCODE_BINARY_AS_7BIT)
        .build();
  }
}
