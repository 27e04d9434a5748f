package dev.appsim.session.codec;

import dev.appsim.session.model.SessionDocument;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One-line reading and writing of {@code .session} files with {@link SessionCodec#defaults()}:
 *
 * <pre>{@code
 * SessionDocument doc = Sessions.read(Path.of("living-room.session"));      // JSON or Smile
 * Sessions.write(doc.withMetadata(doc.metadata().withName("Evening")), Path.of("evening.session"));
 * Sessions.write(doc, Path.of("evening-fast.session"), SessionFormat.SMILE);
 * }</pre>
 *
 * <p>The format of a file being read is detected from its first bytes (see {@link
 * SessionFormat#detect(byte[], int)}); writes replace the target atomically. Use a {@link
 * SessionCodec} for other limits, streams, byte arrays and geometry-cache sidecars.
 *
 * <p>Thread-safe: static methods over the immutable {@link SessionCodec#defaults()}.
 */
public final class Sessions {
  private Sessions() {}

  /**
   * Reads a session file, JSON or Smile, with {@link SessionCodec#read(Path)}.
   *
   * @param file the {@code .session} file
   * @return the document, migrated to the current format major if it was older
   * @throws SessionFormatException if the bytes are not a readable session
   * @throws dev.appsim.session.model.SessionValidationException listing every broken rule
   * @throws IOException if the file cannot be read
   */
  public static SessionDocument read(Path file) throws IOException {
    return SessionCodec.defaults().read(file);
  }

  /**
   * Writes {@code doc} as canonical JSON, replacing {@code file} atomically.
   *
   * @param doc the document to write
   * @param file the target; a symbolic link is followed and stays a link
   * @throws dev.appsim.session.codec.io.SpecialFileException if {@code file} exists and is not a
   *     regular file; nothing is written
   * @throws IOException if writing, syncing or moving fails; the target is then unchanged
   */
  public static void write(SessionDocument doc, Path file) throws IOException {
    write(doc, file, SessionFormat.JSON);
  }

  /**
   * Writes {@code doc} in {@code format}, replacing {@code file} atomically, with {@link
   * SessionCodec#write(SessionDocument, Path, SessionFormat)}.
   *
   * @param doc the document to write
   * @param file the target; a symbolic link is followed and stays a link
   * @param format the encoding to write
   * @throws dev.appsim.session.codec.io.SpecialFileException if {@code file} exists and is not a
   *     regular file; nothing is written
   * @throws IOException if writing, syncing or moving fails; the target is then unchanged
   */
  public static void write(SessionDocument doc, Path file, SessionFormat format) throws IOException {
    SessionCodec.defaults().write(doc, file, format);
  }
}
