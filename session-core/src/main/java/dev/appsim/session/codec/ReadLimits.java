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

  /**
   * {@return the documented safe defaults (see the class description); always the same instance}
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** {@return a new builder starting from {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a new builder starting from these limits} A token count that was derived from the
   * geometry limits stays derived, so raising {@code maxVertices} on the builder raises it too.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@return the largest accepted input in bytes, checked before and while parsing; default 512 MiB}
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * {@return the deepest accepted nesting of objects and arrays, the document object being depth 1;
   * at least 8, default 64}
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return the longest accepted number literal in JSON, in characters; default 100} */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** {@return the longest accepted member name, in characters; default 1,024} */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** {@return the longest accepted string value, in characters; default 16 Mi (16,777,216)} */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * {@return the most elements of one array other than the mesh geometry arrays; default 1,000,000}
   */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /**
   * {@return the most values (scalars, arrays and objects) kept from unknown members in a whole
   * document; default 1,000,000}
   */
  public int maxExtensionValues() {
    return maxExtensionValues;
  }

  /** {@return the most vertices over all mesh blocks of one geometry cache; default 16,777,216} */
  public int maxVertices() {
    return maxVertices;
  }

  /**
   * {@return the most triangle indices over all mesh blocks of one geometry cache; default
   * 100,663,296}
   */
  public int maxIndices() {
    return maxIndices;
  }

  /**
   * {@return the most JSON or Smile tokens in a whole document} Unless set on the builder it is
   * derived from the geometry limits: 4,000,000 + 7 &times; {@link #maxVertices()} +
   * {@link #maxIndices()}.
   */
  public long maxTokenCount() {
    return maxTokenCount;
  }

  /**
   * {@return the most violations listed in one {@link
   * dev.appsim.session.model.SessionValidationException}; default {@link
   * ViolationCollector#DEFAULT_LIMIT}} Further ones are counted only, so a report costs bounded
   * memory. A single model object lists at most {@link ViolationCollector#DEFAULT_LIMIT} of its
   * own.
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

  /**
   * Builds {@link ReadLimits}; every setter takes a positive value and returns this builder.
   * Not thread-safe: fill one builder from one thread, then share the immutable result.
   */
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

    /**
     * Sets {@link ReadLimits#maxDocumentBytes()}.
     *
     * @param value the largest accepted input in bytes; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxDocumentBytes(long value) {
      this.maxDocumentBytes = positive("maxDocumentBytes", value);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxNestingDepth()}.
     *
     * @param value the deepest accepted nesting; at least 8, the depth of the format's own members
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is less than 8
     */
    public Builder maxNestingDepth(int value) {
      if (value < 8) {
        throw new IllegalArgumentException("maxNestingDepth (" + value
            + ") must be at least 8, the nesting the session format itself needs");
      }
      this.maxNestingDepth = value;
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxNumberLength()}.
     *
     * @param value the longest accepted number literal, in characters; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxNumberLength(int value) {
      this.maxNumberLength = (int) positive("maxNumberLength", value);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxNameLength()}.
     *
     * @param value the longest accepted member name, in characters; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxNameLength(int value) {
      this.maxNameLength = (int) positive("maxNameLength", value);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxStringLength()}.
     *
     * @param value the longest accepted string value, in characters; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxStringLength(int value) {
      this.maxStringLength = (int) positive("maxStringLength", value);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxArrayLength()}.
     *
     * @param value the most elements of one non-geometry array; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxArrayLength(int value) {
      this.maxArrayLength = (int) positive("maxArrayLength", value);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxExtensionValues()}.
     *
     * @param value the most values kept from unknown members; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxExtensionValues(int value) {
      this.maxExtensionValues = (int) positive("maxExtensionValues", value);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxVertices()}.
     *
     * @param value the most vertices of one geometry cache; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxVertices(int value) {
      this.maxVertices = (int) positive("maxVertices", value);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxIndices()}.
     *
     * @param value the most triangle indices of one geometry cache; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxIndices(int value) {
      this.maxIndices = (int) positive("maxIndices", value);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxTokenCount()}; once set it is no longer derived from the geometry
     * limits.
     *
     * @param value the most tokens in a whole document; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxTokenCount(long value) {
      this.maxTokenCount = positive("maxTokenCount", value);
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxViolations()}.
     *
     * @param value the most violations listed in one report; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder maxViolations(int value) {
      this.maxViolations = (int) positive("maxViolations", value);
      return this;
    }

    /**
     * {@return the limits set so far, with the token count derived from the geometry limits unless
     * {@link #maxTokenCount(long)} was called}
     */
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
