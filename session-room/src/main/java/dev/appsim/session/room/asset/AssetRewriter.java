package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a copy of an asset with its file references replaced, every other byte unchanged. The
 * source is never modified. Immutable and thread-safe.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(staged)) {
 *   AssetRewriter.create().rewrite(source, Map.of("wood grain.png", "assets/wood.png"), out);
 * }
 * }</pre>
 *
 * <ul>
 *   <li>A reference whose replacement equals its {@link AssetReference#raw()} keeps its bytes
 *       exactly; a copy in which nothing changes is byte-identical to the source.
 *   <li>glTF and GLB: the new value is a path, percent-encoded into a URI-reference (a drive or UNC
 *       path becomes a {@code file:} URI) and written as a JSON string in place of the old token.
 *       A GLB gets a rebuilt JSON chunk padded with spaces to 4 bytes, corrected lengths, and
 *       every later chunk (BIN...) copied unchanged.
 *   <li>OBJ and MTL: the name is written as UTF-8 in place of the old one, line terminators and a
 *       byte-order mark kept. A reference with {@link AssetReference#alternatives()} is replaced
 *       whole when its replacement differs from its raw value, else each alternative is replaced
 *       on its own. {@code mtllib} names keep the file's convention: spaces are written as
 *       {@code \ } where the source escaped them, as they are otherwise (the whole remainder is
 *       the name). A replacement holding a line break, surrounding whitespace, {@code " #"} (a
 *       comment), or for {@code mtllib} a tab, or a space in one of several names, is rejected
 *       with {@link IllegalArgumentException}.
 *   <li>Other formats are copied unchanged.
 * </ul>
 *
 * <p>glTF and GLB are checked whole before the first byte is written; OBJ and MTL are streamed,
 * so a failure may leave a partial copy: write to a staging file.
 */
public final class AssetRewriter {
  private final FormatHandlers handlers;

  private AssetRewriter(AssetLimits limits) {
    this.handlers = new FormatHandlers(limits);
  }

  /** {@return a rewriter with {@link AssetLimits#defaults()}} */
  public static AssetRewriter create() {
    return create(AssetLimits.defaults());
  }

  /**
   * {@return a rewriter that refuses assets over {@code limits} with {@link AssetFormatException}}
   *
   * @param limits bounds on glTF and GLB JSON size, JSON nesting, line and URI length, and reference count
   */
  public static AssetRewriter create(AssetLimits limits) {
    return new AssetRewriter(requireNonNull(limits, "limits is null"));
  }

  /**
   * Writes {@code source} to {@code out} with each reference replaced by
   * {@code replacement.apply(reference)}; {@code out} is not closed.
   *
   * @param source the asset; its format is chosen by its file name's extension
   * @param replacement the new value of each reference; returning {@link AssetReference#raw()}
   *     keeps it
   * @param out where the copy goes
   * @throws AssetFormatException if the asset is malformed or over a limit
   * @throws IOException if reading or writing fails
   */
  public void rewrite(Path source, Function<AssetReference, String> replacement, OutputStream out)
      throws IOException {
    requireNonNull(source, "source is null");
    requireNonNull(replacement, "replacement is null");
    requireNonNull(out, "out is null");
    Path name = source.getFileName();
    FormatHandler handler = handlers.forName(name == null ? "" : name.toString());
    if (handler != null) {
      handler.rewrite(source, replacement, out);
      return;
    }
    try (InputStream in = Files.newInputStream(source)) {
      in.transferTo(out);
    }
  }

  /**
   * Like {@link #rewrite(Path, Function, OutputStream)}, replacing references whose raw value is a
   * key of {@code replacements} and keeping all others.
   *
   * @param source the asset; its format is chosen by its file name's extension
   * @param replacements raw value to new value; copied
   * @param out where the copy goes; not closed
   * @throws AssetFormatException if the asset is malformed or over a limit
   * @throws IllegalArgumentException if a replacement cannot be written in the asset's syntax
   * @throws IOException if reading or writing fails
   */
  public void rewrite(Path source, Map<String, String> replacements, OutputStream out)
      throws IOException {
    Map<String, String> copy = Map.copyOf(requireNonNull(replacements, "replacements is null"));
    rewrite(source, ref -> copy.getOrDefault(ref.raw(), ref.raw()), out);
  }
}
