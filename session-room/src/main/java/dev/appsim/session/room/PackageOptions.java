package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.Generator;
import dev.appsim.session.room.archive.WriteOptions;
import dev.appsim.session.room.asset.AssetLimits;
import dev.appsim.session.room.path.ResolverOptions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How to package a session into a room. Immutable; every setting has a documented default:
 * <pre>{@code
 * PackageOptions options = PackageOptions.builder()
 *     .resolver(ResolverOptions.builder()
 *         .addRemap("C:\\Users\\ana\\MagicLeap", Path.of("/home/bo/ml"))
 *         .environment(Map.of("ML_ZI_ROOT", "/opt/zi"))
 *         .build())
 *     .threads(4)
 *     .build();
 * }</pre>
 *
 * <p>A final class with a builder rather than a record, so that an option added later changes no
 * constructor signature.
 */
public final class PackageOptions {
  /** The generator recorded when none is given. */
  public static final Generator LIBRARY = new Generator("appsim-session", LibraryVersion.get());

  private final ResolverOptions resolver;
  private final MissingFiles missingFiles;
  private final SessionFormat sessionFormat;
  private final WriteOptions write;
  private final SessionCodec codec;
  private final AssetLimits assetLimits;
  private final Generator generator;
  private final Optional<Path> base;
  private final boolean baseFromOutput;

  private PackageOptions(Builder b) {
    this.resolver = b.resolver;
    this.missingFiles = b.missingFiles;
    this.sessionFormat = b.sessionFormat;
    this.write = b.write;
    this.codec = b.codec;
    this.assetLimits = b.assetLimits;
    this.generator = b.generator;
    this.base = Optional.ofNullable(b.base);
    this.baseFromOutput = b.baseFromOutput;
  }

  /** {@return every option at its documented default} */
  public static PackageOptions defaults() {
    return builder().build();
  }

  /** {@return a builder starting from {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from these values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@return how raw paths are resolved; default {@link ResolverOptions#defaults()} (process
   * environment, user home, no remaps, no search paths)}
   */
  public ResolverOptions resolver() {
    return resolver;
  }

  /** {@return what to do with unresolved references; default {@link MissingFiles#FAIL}} */
  public MissingFiles missingFiles() {
    return missingFiles;
  }

  /** {@return how the session entry is stored; default {@link SessionFormat#JSON}} */
  public SessionFormat sessionFormat() {
    return sessionFormat;
  }

  /**
   * {@return the threads and deflate level of the archive; default {@link
   * WriteOptions#defaults()}}
   */
  public WriteOptions write() {
    return write;
  }

  /**
   * {@return the codec that reads the session and writes its packaged copy; default {@link
   * SessionCodec#defaults()}}
   */
  public SessionCodec codec() {
    return codec;
  }

  /**
   * {@return the bounds for parsing glTF, GLB, OBJ and MTL files; default {@link
   * AssetLimits#defaults()}}
   */
  public AssetLimits assetLimits() {
    return assetLimits;
  }

  /**
   * {@return the generator recorded in the manifest; default {@link #LIBRARY}, this library's
   * name and version}
   */
  public Generator generator() {
    return generator;
  }

  /**
   * {@return a previous room to copy unchanged entries from (incremental re-packaging); default
   * none} An entry is copied, compressed bytes as they are, only when its name, size and SHA-256
   * match the old manifest, the old data inflates to exactly the planned content, and compressing
   * the start of the source again gives the start of the old data (same deflater, same level);
   * the room is byte-identical to one packaged without a base. A base that is not a readable
   * room, or any entry that fails a check, is simply compressed again.
   */
  public Optional<Path> base() {
    return base;
  }

  /**
   * {@return whether, when no {@link #base()} is given, the output room itself is the base if it
   * exists and is a readable room; default {@code true}}
   */
  public boolean baseFromOutput() {
    return baseFromOutput;
  }

  /**
   * Name of the session entry.
   *
   * @return {@code session.json} or {@code session.smile}
   */
  public String sessionEntry() {
    return sessionFormat == SessionFormat.SMILE ? RoomManifest.SESSION_SMILE : RoomManifest.SESSION_JSON;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PackageOptions other
        && resolver.equals(other.resolver)
        && missingFiles.equals(other.missingFiles)
        && sessionFormat.equals(other.sessionFormat)
        && write.equals(other.write)
        && codec.equals(other.codec)
        && assetLimits.equals(other.assetLimits)
        && generator.equals(other.generator)
        && base.equals(other.base)
        && baseFromOutput == other.baseFromOutput;
  }

  @Override
  public int hashCode() {
    return Objects.hash(resolver, missingFiles, sessionFormat, write, codec, assetLimits, generator, base,
        baseFromOutput);
  }

  @Override
  public String toString() {
    return "PackageOptions[resolver=" + resolver
        + ", missingFiles=" + missingFiles
        + ", sessionFormat=" + sessionFormat
        + ", write=" + write
        + ", codec=" + codec
        + ", assetLimits=" + assetLimits
        + ", generator=" + generator
        + ", base=" + base
        + ", baseFromOutput=" + baseFromOutput + "]";
  }

  /** Collects package options; every setter refuses null. */
  public static final class Builder {
    private ResolverOptions resolver = ResolverOptions.defaults();
    private MissingFiles missingFiles = MissingFiles.FAIL;
    private SessionFormat sessionFormat = SessionFormat.JSON;
    private WriteOptions write = WriteOptions.defaults();
    private SessionCodec codec = SessionCodec.defaults();
    private AssetLimits assetLimits = AssetLimits.defaults();
    private Generator generator = LIBRARY;
    private @Nullable Path base;
    private boolean baseFromOutput = true;

    private Builder() {}

    private Builder(PackageOptions from) {
      this.resolver = from.resolver;
      this.missingFiles = from.missingFiles;
      this.sessionFormat = from.sessionFormat;
      this.write = from.write;
      this.codec = from.codec;
      this.assetLimits = from.assetLimits;
      this.generator = from.generator;
      this.base = from.base.orElse(null);
      this.baseFromOutput = from.baseFromOutput;
    }

    /**
     * Sets {@link PackageOptions#resolver()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder resolver(ResolverOptions value) {
      this.resolver = requireNonNull(value, "resolver is null");
      return this;
    }

    /**
     * Sets {@link PackageOptions#missingFiles()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder missingFiles(MissingFiles value) {
      this.missingFiles = requireNonNull(value, "missingFiles is null");
      return this;
    }

    /**
     * Sets {@link PackageOptions#sessionFormat()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder sessionFormat(SessionFormat value) {
      this.sessionFormat = requireNonNull(value, "sessionFormat is null");
      return this;
    }

    /**
     * Sets {@link PackageOptions#write()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder write(WriteOptions value) {
      this.write = requireNonNull(value, "write is null");
      return this;
    }

    /**
     * Sets {@link PackageOptions#codec()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder codec(SessionCodec value) {
      this.codec = requireNonNull(value, "codec is null");
      return this;
    }

    /**
     * Sets {@link PackageOptions#assetLimits()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder assetLimits(AssetLimits value) {
      this.assetLimits = requireNonNull(value, "assetLimits is null");
      return this;
    }

    /**
     * Sets {@link PackageOptions#generator()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder generator(Generator value) {
      this.generator = requireNonNull(value, "generator is null");
      return this;
    }

    /**
     * Sets {@link PackageOptions#base()}: a previous room to copy unchanged entries from
     * ({@code session package --base}).
     *
     * @param previousRoom the previous room, or null for none
     * @return this builder
     */
    public Builder base(@Nullable Path previousRoom) {
      this.base = previousRoom;
      return this;
    }

    /**
     * Sets {@link PackageOptions#baseFromOutput()}; {@code false} is {@code session package --no-base}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder baseFromOutput(boolean value) {
      this.baseFromOutput = value;
      return this;
    }

    /**
     * Shorthand for {@code write(write.withThreads(n))}: the worker threads of packaging, which
     * scan assets for references, hash files and deflate entries.
     *
     * @param n worker threads, 1 to 256
     * @return this builder
     */
    public Builder threads(int n) {
      this.write = write.withThreads(n);
      return this;
    }

    /**
     * The options.
     *
     * @return the built options; every value was checked when it was set
     */
    public PackageOptions build() {
      return new PackageOptions(this);
    }
  }
}
