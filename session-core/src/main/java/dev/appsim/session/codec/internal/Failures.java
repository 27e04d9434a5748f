package dev.appsim.session.codec.internal;

import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.codec.SessionFormatException;
import dev.appsim.session.model.Excerpt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/** Turns failures of the parser into {@link SessionFormatException}s with pointer and position. */
public final class Failures {
  private static final Pattern CONSTRAINT =
      Pattern.compile("`StreamReadConstraints\\.getMax(\\w+)\\(\\)`");
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");
  private static final Pattern ENABLE_FEATURE =
      Pattern.compile(": enable `JsonReadFeature\\.[A-Z_]+` to allow");
  private static final Pattern COMMENT_FEATURE =
      Pattern.compile("\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");

  // Jackson names where an unclosed object or array started, often as "[byte offset: #UNKNOWN]";
  // the pointer says where it is. Two wordings: "(start marker at [...])" and "(for Array starting at [...])".
  private static final Pattern START_MARKER = Pattern.compile(
      " \\((start marker at|for (Array|Object|root) starting at) \\[[^\\]]*\\]\\)");

  private Failures() {}

  /** The JSON Pointer of the parser's current position, or empty when it cannot tell. */
  public static String pointer(@Nullable JsonParser parser) {
    if (parser == null) {
      return "";
    }
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** A failure found by our own reading code at the parser's current token. */
  public static SessionFormatException at(JsonParser parser, SessionFormat format, String reason) {
    return at(pointer(parser), safeLocation(parser), format, reason, null);
  }

  /** A failure reported by Jackson while reading. */
  public static SessionFormatException translate(
      JacksonException e, @Nullable JsonParser parser, SessionFormat format) {
    TokenStreamLocation location = e.getLocation();
    if (location == null && parser != null) {
      location = safeLocation(parser);
    }
    return at(pointer(parser), location, format, reason(e), e);
  }

  /**
   * Malformed bytes found by {@link CheckedInput}, at the value the parser was reading when it
   * asked for them; line and column (JSON) and offset are those of the bad bytes themselves.
   */
  public static SessionFormatException malformed(MalformedInput e, @Nullable JsonParser parser, SessionFormat format) {
    boolean text = format == SessionFormat.JSON && e.line() > 0;
    return new SessionFormatException(pointer(parser), e.reason(), text ? e.line() : -1, text ? e.column() : -1,
        e.offset(), null);
  }

  /** The position of the parser's current token, or of the parser, or {@code null}. */
  public static @Nullable TokenStreamLocation safeLocation(@Nullable JsonParser parser) {
    if (parser == null) {
      return null;
    }
    try {
      TokenStreamLocation token = parser.currentTokenLocation();
      return token != null && token != TokenStreamLocation.NA ? token : parser.currentLocation();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static SessionFormatException at(String pointer, @Nullable TokenStreamLocation location,
      SessionFormat format, String reason, @Nullable Throwable cause) {
    int line = -1;
    int column = -1;
    long offset = -1;
    if (location != null && location != TokenStreamLocation.NA) {
      if (format == SessionFormat.JSON && location.getLineNr() > 0) {
        line = location.getLineNr();
        column = location.getColumnNr();
      }
      offset = location.getByteOffset();
    }
    return new SessionFormatException(pointer, reason, line, column, offset, cause);
  }

  private static String reason(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    message = SOURCE.matcher(message).replaceAll("[");
    message = START_MARKER.matcher(message).replaceAll("");
    // Jackson suggests switching on leniency features; a session file cannot, so say what is wrong.
    message = ENABLE_FEATURE.matcher(message).replaceAll(", JSON allows only finite numbers");
    message = COMMENT_FEATURE.matcher(message).replaceAll("JSON has no comments");
    Matcher m = CONSTRAINT.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String limit = m.group(1).equals("DocumentLength") ? "DocumentBytes" : m.group(1);
      m.appendReplacement(out, Matcher.quoteReplacement("ReadLimits.max" + limit));
    }
    m.appendTail(out);
    return Excerpt.of(out.toString().replace('\n', ' '));
  }
}
