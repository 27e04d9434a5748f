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
 * <p>A rewrite is {@link AssetEdits}: one parse of the source finds the byte ranges to replace
 * ({@link #edits(Path, Map)}, or {@link #edits(AssetLayout, Map)} from a scan already made, which
 * reads nothing), then a plain streaming copy applies them. Every format is checked whole, every
 * replacement included, before the first byte is written; the copy itself can still fail half
 * way (a read or write error, or a source that changed since it was parsed): write to a staging
 * file.
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
   * @throws IOException if reading or writing fails, or the source changed while being rewritten
   */
  public void rewrite(Path source, Function<AssetReference, String> replacement, OutputStream out)
      throws IOException {
    requireNonNull(source, "source is null");
    requireNonNull(replacement, "replacement is null");
    requireNonNull(out, "out is null");
    AssetEdits edits = edits(source, replacement);
    try (InputStream in = Files.newInputStream(source)) {
      edits.apply(in, out);
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
   * @throws IOException if reading or writing fails, or the source changed while being rewritten
   */
  public void rewrite(Path source, Map<String, String> replacements, OutputStream out)
      throws IOException {
    rewrite(source, byRaw(replacements), out);
  }

  /**
   * The edits that make {@code source}'s copy with each reference replaced by
   * {@code replacement.apply(reference)}: one read and one parse of the source, nothing written.
   *
   * @param source the asset; its format is chosen by its file name's extension (another format
   *     gets no edits)
   * @param replacement the new value of each reference; returning {@link AssetReference#raw()}
   *     keeps it
   * @return the edits, in source order
   * @throws AssetFormatException if the asset is malformed or over a limit
   * @throws IllegalArgumentException if a replacement cannot be written in the asset's syntax
   * @throws IOException if reading fails
   */
  public AssetEdits edits(Path source, Function<AssetReference, String> replacement) throws IOException {
    requireNonNull(source, "source is null");
    requireNonNull(replacement, "replacement is null");
    Path name = source.getFileName();
    FormatHandler handler = handlers.forName(name == null ? "" : name.toString());
    if (handler == null) {
      return AssetEdits.none(source.toString(), -1);
    }
    return handler.edits(handler.locate(source), replacement);
  }

  /**
   * As {@link #edits(Path, Function)}, replacing references whose raw value is a key of
   * {@code replacements} and keeping all others.
   *
   * @param source the asset; its format is chosen by its file name's extension
   * @param replacements raw value to new value; copied
   * @return the edits, in source order
   * @throws AssetFormatException if the asset is malformed or over a limit
   * @throws IllegalArgumentException if a replacement cannot be written in the asset's syntax
   * @throws IOException if reading fails
   */
  public AssetEdits edits(Path source, Map<String, String> replacements) throws IOException {
    return edits(source, byRaw(replacements));
  }

  /**
   * The edits of a copy of the file {@code layout} was scanned from, with each reference replaced
   * by {@code replacement.apply(reference)}; reads nothing. Applying them with
   * {@link AssetEdits#apply} checks that the file is still the one scanned.
   *
   * @param layout a scan made by {@link AssetScanner#locate(Path)}
   * @param replacement the new value of each reference; returning {@link AssetReference#raw()}
   *     keeps it
   * @return the edits, in source order
   * @throws AssetFormatException if the copy could not be declared (a GLB over 4 GiB)
   * @throws IllegalArgumentException if a replacement cannot be written in the asset's syntax
   */
  public AssetEdits edits(AssetLayout layout, Function<AssetReference, String> replacement) {
    requireNonNull(layout, "layout is null");
    requireNonNull(replacement, "replacement is null");
    FormatHandler handler = layout.handler();
    return handler == null ? AssetEdits.none(layout.file(), layout.size()) : handler.edits(layout, replacement);
  }

  /**
   * As {@link #edits(AssetLayout, Function)}, replacing references whose raw value is a key of
   * {@code replacements} and keeping all others.
   *
   * @param layout a scan made by {@link AssetScanner#locate(Path)}
   * @param replacements raw value to new value; copied
   * @return the edits, in source order
   * @throws AssetFormatException if the copy could not be declared (a GLB over 4 GiB)
   * @throws IllegalArgumentException if a replacement cannot be written in the asset's syntax
   */
  public AssetEdits edits(AssetLayout layout, Map<String, String> replacements) {
    return edits(layout, byRaw(replacements));
  }

  private static Function<AssetReference, String> byRaw(Map<String, String> replacements) {
    Map<String, String> copy = Map.copyOf(requireNonNull(replacements, "replacements is null"));
    return ref -> copy.getOrDefault(ref.raw(), ref.raw());
  }
}
