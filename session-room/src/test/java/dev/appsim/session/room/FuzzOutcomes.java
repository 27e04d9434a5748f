package dev.appsim.session.room;

import dev.appsim.session.model.SessionException;
import dev.appsim.session.model.SessionInternalException;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.nio.charset.CharacterCodingException;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;

/**
 * What a fuzz target may end with besides success. Our exception family is expected for hostile
 * bytes, except its internal-error type. An {@link IOException} is accepted only as an I/O failure: the targets read freshly
 * written regular files, so an IOException that describes malformed data (a {@link ZipException}
 * from the inflater, an {@link EOFException} from a truncated entry, bad character data) is a
 * format error escaping in the wrong type, and a finding.
 */
public final class FuzzOutcomes {
  private FuzzOutcomes() {}

  /**
   * Accepts a failure of our family that carries a message; a {@link SessionInternalException}
   * is a bug of ours (an NPE or index error wrapped by a reader), so it is a finding.
   */
  public static void expected(SessionException e) {
    if (e instanceof SessionInternalException) {
      throw new AssertionError("internal error on hostile input: " + e.getMessage(), e);
    }
    if (e.getMessage() == null || e.getMessage().isBlank()) {
      throw new AssertionError("exception without a message at \"" + e.location() + "\"", e);
    }
  }

  /** Accepts a genuine I/O failure; rethrows one that disguises a format error, as a finding. */
  public static void expected(IOException e) {
    if (isFormatError(e)) {
      throw new AssertionError("malformed data raised a raw " + e.getClass().getName()
          + " instead of an exception of the SessionException family: " + e.getMessage(), e);
    }
  }

  private static boolean isFormatError(IOException e) {
    return e instanceof ZipException || e instanceof EOFException || e instanceof CharConversionException
        || e instanceof UTFDataFormatException || e instanceof CharacterCodingException
        || e.getCause() instanceof DataFormatException;
  }
}
