package dev.appsim.session.codec;

import dev.appsim.session.model.ViolationCollector;
import java.util.Objects;

/**
 * Bounds on untrusted input, checked while reading so that a hostile file costs bounded memory
 * and time. Immutable; {@link #defaults()} suits sessions up to a few hundred megabytes, and
 * {@link #toBuilder()} raises or lowers single limits:
 *
 * <pre>{@code
 * ReadLimits big = ReadLimits.defaults().toBuilder()
 *     .maxDocumentBytes(4L << 30)
 *     .maxVertices(100_000_000)
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>applies to</th></tr>
 *   <tr><td>{@code maxDocumentBytes}</td><td>512 MiB</td><td>encoded size, checked before and while parsing</td></tr>
 *   <tr><td>{@code maxNestingDepth}</td><td>64</td><td>nested objects and arrays</td></tr>
 *   <tr><td>{@code maxNumberLength}</td><td>100</td><td>characters of one number in JSON</td></tr>
 *   <tr><td>{@code maxNameLength}</td><td>1,024</td><td>characters of one member name</td></tr>
 *   <tr><td>{@code maxStringLength}</td><td>16 Mi characters</td><td>one string value</td></tr>
 *   <tr><td>{@code maxArrayLength}</td><td>1,000,000</td><td>any array other than mesh geometry</td></tr>
 *   <tr><td>{@code maxExtensionValues}</td><td>1,000,000</td><td>values inside unknown members, whole document</td></tr>
 *   <tr><td>{@code maxVertices}</td><td>16,777,216</td><td>vertices of all mesh blocks of a cache</td></tr>
 *   <tr><td>{@code maxIndices}</td><td>100,663,296</td><td>triangle indices of all mesh blocks of a cache</td></tr>
 *   <tr><td>{@code maxTokenCount}</td><td>4,000,000 + 7 &times; maxVertices + maxIndices</td><td>JSON or Smile tokens, whole document</td></tr>
 *   <tr><td>{@code maxViolations}</td><td>1,000</td><td>violations listed in one report; the rest are counted</td></tr>
 * </table>
 */
public final class ReadLimits {
  private static final long BASE_TOKENS = 4_000_000L;
  private static final ReadLimits DEFAULTS = new Builder().build();

  private final long maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxStringLength;
  private final int maxArrayLength;
  private final int maxExtensionValues;
  private final int maxVertices;
  private final int maxIndices;
  private final long maxTokenCount;
  private final long explicitTokenCount;
  private final int maxViolations;

  private ReadLimits(Builder b) {
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxNumberLength = b.maxNumberLength;
    this.maxNameLength = b.maxNameLength;
    this.maxStringLength = b.maxStringLength;
    this.maxArrayLength = b.maxArrayLength;
    this.maxExtensionValues = b.maxExtensionValues;
    this.maxVertices = b.maxVertices;
    this.maxIndices = b.maxIndices;
    this.explicitTokenCount = b.maxTokenCount;
    this.maxViolations = b.maxViolations;
    this.maxTokenCount = b.maxTokenCount > 0
        ? b.maxTokenCount
        : BASE_TOKENS + 7L * b.maxVertices + b.maxIndices;
  }

  /** The documented safe defaults (see the class description). */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these limits. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Largest accepted input in bytes. */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** Deepest accepted nesting of objects and arrays; the document object is depth 1. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** Longest accepted number literal, in characters. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** Longest accepted member name, in characters. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** Longest accepted string value, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** Most elements of one array other than the mesh geometry arrays. */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /** Most values (scalars, arrays and objects) kept from unknown members in a whole document. */
  public int maxExtensionValues() {
    return maxExtensionValues;
  }

  /** Most vertices over all mesh blocks of one geometry cache. */
  public int maxVertices() {
    return maxVertices;
  }

  /** Most triangle indices over all mesh blocks of one geometry cache. */
  public int maxIndices() {
    return maxIndices;
  }

  /** Most tokens in a whole document; derived from the geometry limits unless set. */
  public long maxTokenCount() {
    return maxTokenCount;
  }

  /**
   * Most violations listed in one {@link dev.appsim.session.model.SessionValidationException};
   * further ones are counted only, so a report costs bounded memory. A single model object
   * lists at most {@link ViolationCollector#DEFAULT_LIMIT} of its own.
   */
  public int maxViolations() {
    return maxViolations;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits other
        && maxDocumentBytes == other.maxDocumentBytes
        && maxNestingDepth == other.maxNestingDepth
        && maxNumberLength == other.maxNumberLength
        && maxNameLength == other.maxNameLength
        && maxStringLength == other.maxStringLength
        && maxArrayLength == other.maxArrayLength
        && maxExtensionValues == other.maxExtensionValues
        && maxVertices == other.maxVertices
        && maxIndices == other.maxIndices
        && maxTokenCount == other.maxTokenCount
        && maxViolations == other.maxViolations;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentBytes, maxNestingDepth, maxNumberLength, maxNameLength,
        maxStringLength, maxArrayLength, maxExtensionValues, maxVertices, maxIndices, maxTokenCount,
        maxViolations);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxDocumentBytes=" + maxDocumentBytes
        + ", maxNestingDepth=" + maxNestingDepth
        + ", maxNumberLength=" + maxNumberLength
        + ", maxNameLength=" + maxNameLength
        + ", maxStringLength=" + maxStringLength
        + ", maxArrayLength=" + maxArrayLength
        + ", maxExtensionValues=" + maxExtensionValues
        + ", maxVertices=" + maxVertices
        + ", maxIndices=" + maxIndices
        + ", maxTokenCount=" + maxTokenCount
        + ", maxViolations=" + maxViolations + "}";
  }

  /** Builds {@link ReadLimits}; every setter takes a positive value and returns this builder. */
  public static final class Builder {
    private long maxDocumentBytes = 512L << 20;
    private int maxNestingDepth = 64;
    private int maxNumberLength = 100;
    private int maxNameLength = 1_024;
    private int maxStringLength = 16 << 20;
    private int maxArrayLength = 1_000_000;
    private int maxExtensionValues = 1_000_000;
    private int maxVertices = 1 << 24;
    private int maxIndices = 3 << 25;
    // 0 means "derive from the geometry limits at build time"
    private long maxTokenCount;
    private int maxViolations = ViolationCollector.DEFAULT_LIMIT;

    private Builder() {}

    private Builder(ReadLimits limits) {
      this.maxDocumentBytes = limits.maxDocumentBytes;
      this.maxNestingDepth = limits.maxNestingDepth;
      this.maxNumberLength = limits.maxNumberLength;
      this.maxNameLength = limits.maxNameLength;
      this.maxStringLength = limits.maxStringLength;
      this.maxArrayLength = limits.maxArrayLength;
      this.maxExtensionValues = limits.maxExtensionValues;
      this.maxVertices = limits.maxVertices;
      this.maxIndices = limits.maxIndices;
      this.maxTokenCount = limits.explicitTokenCount;
      this.maxViolations = limits.maxViolations;
    }

    /** See {@link ReadLimits#maxDocumentBytes()}. */
    public Builder maxDocumentBytes(long value) {
      this.maxDocumentBytes = positive("maxDocumentBytes", value);
      return this;
    }

    /** See {@link ReadLimits#maxNestingDepth()}; at least 8, the depth of the format's own members. */
    public Builder maxNestingDepth(int value) {
      if (value < 8) {
        throw new IllegalArgumentException("maxNestingDepth (" + value
            + ") must be at least 8, the nesting the session format itself needs");
      }
      this.maxNestingDepth = value;
      return this;
    }

    /** See {@link ReadLimits#maxNumberLength()}. */
    public Builder maxNumberLength(int value) {
      this.maxNumberLength = (int) positive("maxNumberLength", value);
      return this;
    }

    /** See {@link ReadLimits#maxNameLength()}. */
    public Builder maxNameLength(int value) {
      this.maxNameLength = (int) positive("maxNameLength", value);
      return this;
    }

    /** See {@link ReadLimits#maxStringLength()}. */
    public Builder maxStringLength(int value) {
      this.maxStringLength = (int) positive("maxStringLength", value);
      return this;
    }

    /** See {@link ReadLimits#maxArrayLength()}. */
    public Builder maxArrayLength(int value) {
      this.maxArrayLength = (int) positive("maxArrayLength", value);
      return this;
    }

    /** See {@link ReadLimits#maxExtensionValues()}. */
    public Builder maxExtensionValues(int value) {
      this.maxExtensionValues = (int) positive("maxExtensionValues", value);
      return this;
    }

    /** See {@link ReadLimits#maxVertices()}. */
    public Builder maxVertices(int value) {
      this.maxVertices = (int) positive("maxVertices", value);
      return this;
    }

    /** See {@link ReadLimits#maxIndices()}. */
    public Builder maxIndices(int value) {
      this.maxIndices = (int) positive("maxIndices", value);
      return this;
    }

    /** See {@link ReadLimits#maxTokenCount()}; setting it stops deriving it from the geometry limits. */
    public Builder maxTokenCount(long value) {
      this.maxTokenCount = positive("maxTokenCount", value);
      return this;
    }

    /** See {@link ReadLimits#maxViolations()}. */
    public Builder maxViolations(int value) {
      this.maxViolations = (int) positive("maxViolations", value);
      return this;
    }

    /** The limits set so far. */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static long positive(String name, long value) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " (" + value + ") must be positive");
      }
      return value;
    }
  }
}
