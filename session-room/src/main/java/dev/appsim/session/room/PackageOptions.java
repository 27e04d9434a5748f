package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.Generator;
import dev.appsim.session.room.archive.WriteOptions;
import dev.appsim.session.room.asset.AssetLimits;
import dev.appsim.session.room.path.ResolverOptions;
import java.nio.file.Path;
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
 * @param resolver how raw paths are resolved; default {@link ResolverOptions#defaults()}
 *     (process environment, user home, no remaps, no search paths)
 * @param missingFiles what to do with unresolved references; default {@link MissingFiles#FAIL}
 * @param sessionFormat how the session entry is stored; default {@link SessionFormat#JSON}
 * @param write threads and deflate level; default {@link WriteOptions#defaults()}
 * @param codec reads the session and writes its packaged copy; default {@link SessionCodec#defaults()}
 * @param assetLimits bounds for parsing glTF, GLB, OBJ and MTL files; default {@link AssetLimits#defaults()}
 * @param generator recorded in the manifest; default this library's name and version
 * @param base a previous room to copy unchanged entries from (incremental re-packaging); default
 *     none. An entry is copied, compressed bytes as they are, only when its name, size and
 *     SHA-256 match the old manifest, the old data inflates to exactly the planned content, and
 *     compressing the start of the source again gives the start of the old data (same deflater,
 *     same level); the room is byte-identical to one packaged without a base. A base that is not
 *     a readable room, or any entry that fails a check, is simply compressed again.
 * @param baseFromOutput when no {@code base} is given, use the output room itself as the base if
 *     it exists and is a readable room; default {@code true}
 */
public record PackageOptions(
    ResolverOptions resolver,
    MissingFiles missingFiles,
    SessionFormat sessionFormat,
    WriteOptions write,
    SessionCodec codec,
    AssetLimits assetLimits,
    Generator generator,
    Optional<Path> base,
    boolean baseFromOutput) {

  /** The generator recorded when none is given. */
  public static final Generator LIBRARY = new Generator("appsim-session", LibraryVersion.get());

  public PackageOptions {
    requireNonNull(resolver, "resolver is null");
    requireNonNull(missingFiles, "missingFiles is null");
    requireNonNull(sessionFormat, "sessionFormat is null");
    requireNonNull(write, "write is null");
    requireNonNull(codec, "codec is null");
    requireNonNull(assetLimits, "assetLimits is null");
    requireNonNull(generator, "generator is null");
    requireNonNull(base, "base is null");
  }

  /** Options without a base room of their own, using the output as the base when it is a room. */
  public PackageOptions(ResolverOptions resolver, MissingFiles missingFiles, SessionFormat sessionFormat,
      WriteOptions write, SessionCodec codec, AssetLimits assetLimits, Generator generator) {
    this(resolver, missingFiles, sessionFormat, write, codec, assetLimits, generator, Optional.empty(), true);
  }

  /** Every option at its documented default. */
  public static PackageOptions defaults() {
    return builder().build();
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder().resolver(resolver).missingFiles(missingFiles).sessionFormat(sessionFormat).write(write)
        .codec(codec).assetLimits(assetLimits).generator(generator).baseFromOutput(baseFromOutput)
        .base(base.orElse(null));
  }

  /** Name of the session entry: {@code session.json} or {@code session.smile}. */
  public String sessionEntry() {
    return RoomManifest.sessionEntryOf(sessionFormat);
  }

  /** Collects package options. */
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

    public Builder resolver(ResolverOptions value) {
      this.resolver = value;
      return this;
    }

    public Builder missingFiles(MissingFiles value) {
      this.missingFiles = value;
      return this;
    }

    public Builder sessionFormat(SessionFormat value) {
      this.sessionFormat = value;
      return this;
    }

    public Builder write(WriteOptions value) {
      this.write = value;
      return this;
    }

    /** Shorthand for {@code write(write.withThreads(n))}. */
    public Builder threads(int n) {
      this.write = write.withThreads(n);
      return this;
    }

    public Builder codec(SessionCodec value) {
      this.codec = value;
      return this;
    }

    public Builder assetLimits(AssetLimits value) {
      this.assetLimits = value;
      return this;
    }

    public Builder generator(Generator value) {
      this.generator = value;
      return this;
    }

    /**
     * A previous room to copy unchanged entries from ({@code session package --base}); null for
     * none.
     */
    public Builder base(@Nullable Path previousRoom) {
      this.base = previousRoom;
      return this;
    }

    /**
     * Whether an existing output room is the base when {@link #base} is not set; {@code false}
     * is {@code session package --no-base}.
     */
    public Builder baseFromOutput(boolean value) {
      this.baseFromOutput = value;
      return this;
    }

    public PackageOptions build() {
      return new PackageOptions(resolver, missingFiles, sessionFormat, write, codec, assetLimits, generator,
          Optional.ofNullable(base), baseFromOutput);
    }
  }
}
