package dev.appsim.session.codec.internal;

import dev.appsim.session.codec.ReadLimits;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.codec.SessionFormatException;
import dev.appsim.session.model.Excerpt;
import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.SessionValidationException;
import dev.appsim.session.model.Violation;
import dev.appsim.session.model.ViolationCollector;
import dev.appsim.session.model.WireNamed;
import dev.appsim.session.model.WireNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.NumberOutput;

/**
 * Reads the values of one document from a parser, recording every violation with its JSON
 * Pointer and carrying on, so that a document reports all its problems at once. Syntax errors
 * and broken limits cannot be carried past and are thrown at once by the caller.
 *
 * <p>Each {@code read...} method starts at the first token of a value and leaves the parser on its
 * last token; it returns {@code null} after recording a violation.
 */
public final class TokenReader {
  private static final Pattern INSTANT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

  private final JsonParser parser;
  private final SessionFormat format;
  private final ReadLimits limits;
  private final ViolationCollector violations;
  private int extensionValues;

  private final @Nullable BinaryLengths binaryLengths;

  public TokenReader(JsonParser parser, SessionFormat format, ReadLimits limits) {
    this(parser, format, limits, null);
  }

  /** @param binaryLengths lengths of binary values known ahead of the parser, or null */
  public TokenReader(JsonParser parser, SessionFormat format, ReadLimits limits, @Nullable BinaryLengths binaryLengths) {
    this.parser = parser;
    this.format = format;
    this.limits = limits;
    this.violations = new ViolationCollector(limits.maxViolations());
    this.binaryLengths = binaryLengths;
  }

  /** The length in bytes of the binary value at the current token, or -1 when not known ahead. */
  public long binaryLength() {
    if (binaryLengths == null) {
      return -1;
    }
    TokenStreamLocation at = parser.currentTokenLocation();
    return at == null ? -1 : binaryLengths.at(at.getByteOffset());
  }

  public JsonParser parser() {
    return parser;
  }

  public SessionFormat format() {
    return format;
  }

  public ReadLimits limits() {
    return limits;
  }

  /** Violations recorded so far, listed or only counted; compare before and after reading a part to see if it failed. */
  public long errors() {
    return violations.total();
  }

  /** Throws every violation recorded, if any. */
  public void throwIfInvalid() {
    violations.throwIfAny();
  }

  /** JSON Pointer of the current value. */
  public String pointer() {
    return Failures.pointer(parser);
  }

  /** Records a violation at the current value, with its position in the input. */
  public void violation(String message) {
    if (violations.isFull()) {
      violations.count(1);
    } else {
      violations.add(pointer(), message + where());
    }
  }

  /** Records a violation at {@code pointer}. */
  public void violation(String pointer, String message) {
    violations.add(pointer, message);
  }

  /** A failure that stops reading, at the current value. */
  public SessionFormatException fatal(String reason) {
    return Failures.at(parser, format, reason);
  }

  /** Runs a model constructor; its violations are recorded under {@code pointer}. */
  public <T> @Nullable T build(String pointer, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (SessionValidationException e) {
      violations.addAll(e, pointer);
    } catch (IllegalArgumentException e) {
      // The model's refusal of a value it cannot hold; a NullPointerException would be our bug.
      violations.add(pointer, String.valueOf(e.getMessage()));
    }
    return null;
  }

  /** Records that a required member is absent from the object at {@code pointer}. */
  public void missing(String pointer, String member) {
    violations.add(pointer, "missing required member \"" + member + "\"");
  }

  /**
   * Starts reading an object: {@code true} if the current token opens one; otherwise records a
   * violation, skips the value and returns {@code false}.
   */
  public boolean beginObject() {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    unexpected("an object");
    return false;
  }

  /**
   * Moves to the next member of the current object and onto its value; {@code null} at the end
   * of the object.
   */
  public @Nullable String nextMember() {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_OBJECT) {
      return null;
    }
    if (token != JsonToken.PROPERTY_NAME) {
      throw fatal("expected a member name or '}', found " + describe(token));
    }
    String name = parser.currentName();
    nextToken("the value of member \"" + Excerpt.of(name) + "\"");
    // Every name, known or not, as a value could not be written back as UTF-8.
    return checkedName(name);
  }

  /**
   * Moves to the next token, which must exist: Smile's end marker (0xFF) ends the input without
   * an error from the parser, and a missing token inside a value would otherwise be read as null.
   */
  public JsonToken nextToken(String expected) {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw fatal("the input ends where " + expected + " should be");
    }
    return token;
  }

  /** Starts reading an array, like {@link #beginObject()}. */
  public boolean beginArray() {
    if (parser.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    unexpected("an array");
    return false;
  }

  /**
   * Moves onto the next element of the current array, or returns {@code false} at its end;
   * {@code count} is the number of elements seen before, checked against the array limit.
   */
  public boolean nextElement(int count) {
    JsonToken token = nextToken("an array element or ']'");
    if (token == JsonToken.END_ARRAY) {
      return false;
    }
    if (count >= limits.maxArrayLength()) {
      throw fatal("array has more than " + limits.maxArrayLength()
          + " elements (ReadLimits.maxArrayLength)");
    }
    return true;
  }

  public @Nullable String readString() {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      unexpected("a string");
      return null;
    }
    return checkedString(parser.getString());
  }

  public @Nullable Boolean readBoolean() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    unexpected("a boolean");
    return null;
  }

  /** A finite float64 number. */
  public @Nullable Double readDouble() {
    JsonToken token = parser.currentToken();
    if (token == null || !token.isNumeric()) {
      unexpected("a number");
      return null;
    }
    double value = parser.getDoubleValue();
    if (!Double.isFinite(value)) {
      violation("number " + numberText() + " is not finite");
      return null;
    }
    return value;
  }

  /** An RFC 3339 instant in UTC ({@code Z}). */
  public @Nullable Instant readInstant() {
    String text = readString();
    if (text == null) {
      return null;
    }
    if (INSTANT.matcher(text).matches()) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        // falls through to the violation below
      }
    }
    violation("\"" + Excerpt.of(text)
        + "\" is not an RFC 3339 UTC instant such as \"2026-11-20T09:15:00Z\"");
    return null;
  }

  /** One of the wire names of {@code values}. */
  public <E extends WireNamed> @Nullable E readEnum(E[] values, String what) {
    String text = readString();
    if (text == null) {
      return null;
    }
    E value = WireNames.lookup(values, text).orElse(null);
    if (value == null) {
      violation("unknown " + what + " \"" + Excerpt.of(text) + "\", expected one of "
          + WireNames.list(values));
    }
    return value;
  }

  /** A list of enum wire names; {@code null} if any element failed. */
  public <E extends WireNamed> @Nullable List<E> readEnumList(E[] values, String what) {
    return readList(() -> readEnum(values, what));
  }

  /** A list of strings; {@code null} if any element failed. */
  public @Nullable List<String> readStringList() {
    return readList(this::readString);
  }

  /**
   * An array read by {@code element} at each element; {@code null} if it is no array or any
   * element recorded a violation (the other elements are still read, to report them all).
   */
  public <T> @Nullable List<T> readList(Supplier<@Nullable T> element) {
    if (!beginArray()) {
      return null;
    }
    long before = errors();
    List<T> out = new ArrayList<>();
    for (int count = 0; nextElement(count); count++) {
      T value = element.get();
      if (value != null) {
        out.add(value);
      }
    }
    return errors() > before ? null : out;
  }

  /** A fixed-length array of finite float64 numbers, e.g. a position. */
  public double @Nullable [] readDoubles(int length) {
    if (!beginArray()) {
      return null;
    }
    String pointer = pointer();
    long before = errors();
    double[] out = new double[length];
    int count = 0;
    while (nextElement(count)) {
      Double value = readDouble();
      if (count < length && value != null) {
        out[count] = value;
      }
      count++;
    }
    if (count != length) {
      violation(pointer, "expected " + length + " numbers, found " + count + where());
    }
    return errors() > before ? null : out;
  }

  /** Reads an unknown member's value into {@code into}, as a plain Java value. */
  public void readExtension(String name, Map<String, @Nullable Object> into) {
    into.put(name, readPlainValue());
  }

  /** The extensions collected in {@code members}. */
  public Extensions extensions(Map<String, @Nullable Object> members) {
    return members.isEmpty() ? Extensions.EMPTY : Extensions.of(members);
  }

  /** Any JSON value as String, Boolean, Long, BigInteger, Double, BigDecimal, List, Map or null. */
  public @Nullable Object readPlainValue() {
    if (++extensionValues > limits.maxExtensionValues()) {
      throw fatal("unknown members hold more than " + limits.maxExtensionValues()
          + " values (ReadLimits.maxExtensionValues)");
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, @Nullable Object> members = new LinkedHashMap<>();
        for (String name; (name = nextMember()) != null; ) {
          members.put(name, readPlainValue());
        }
        return members;
      }
      case START_ARRAY: {
        List<@Nullable Object> elements = new ArrayList<>();
        while (nextElement(elements.size())) {
          elements.add(readPlainValue());
        }
        return elements;
      }
      case VALUE_STRING:
        return checkedString(parser.getString());
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        return plainInteger();
      case VALUE_NUMBER_FLOAT:
        return plainFloat();
      default:
        violation("unsupported value " + describe(token) + " in an unknown member;"
            + " only JSON values can be kept");
        parser.skipChildren();
        return null;
    }
  }

  private Object plainInteger() {
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      BigInteger big = parser.getBigIntegerValue();
      return big.bitLength() < 64 ? (Object) big.longValue() : writable(big);
    }
    return parser.getLongValue();
  }

  private Object plainFloat() {
    if (format == SessionFormat.JSON) {
      String text = parser.getString();
      // Checked before BigDecimal parses it: "1e2147483648" would fail there with "Exponent overflow".
      if (!keepsScale(text, scaleOf(text))) {
        return BigDecimal.ZERO;
      }
      return writable(exactly(text, parser.getDoubleValue()));
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type == JsonParser.NumberType.BIG_DECIMAL) {
      // The same rule as for JSON text, so a value reads back equal from either encoding.
      BigDecimal decimal = parser.getDecimalValue();
      if (!keepsScale(decimal.toString(), decimal.scale())) {
        return BigDecimal.ZERO;
      }
      Object value = exactly(decimal.toString(), decimal.doubleValue());
      return value instanceof Double ? value : writable(decimal);
    }
    double d = type == JsonParser.NumberType.FLOAT ? parser.getFloatValue() : parser.getDoubleValue();
    if (!Double.isFinite(d)) {
      violation("number " + d + " is not finite");
      return BigDecimal.ZERO;
    }
    return d;
  }

  /**
   * {@code value}, if its JSON text (what the writer emits: {@code toString()}) is no longer than
   * a reader with these limits accepts; else records why and returns zero. A Smile big number is
   * bounded in bytes, not digits, and {@code new BigDecimal("<98 digits>e5").toString()} has an
   * exponent the input had not: either would make the document's own JSON copy unreadable.
   */
  private Object writable(Object value) {
    String written = value.toString();
    if (written.length() <= limits.maxNumberLength()) {
      return value;
    }
    violation("number " + Excerpt.of(written) + " has " + written.length() + " characters as JSON text, more"
        + " than the " + limits.maxNumberLength() + " a reader accepts (ReadLimits.maxNumberLength)");
    return BigDecimal.ZERO;
  }

  // Whether a decimal of this scale can be kept; if not, records why.
  private boolean keepsScale(String text, long scale) {
    // scaleOf gives Long.MIN_VALUE for exponents of 19+ digits; Math.abs would keep it negative.
    if (scale >= -Extensions.MAX_DECIMAL_SCALE && scale <= Extensions.MAX_DECIMAL_SCALE) {
      return true;
    }
    violation("number " + Excerpt.of(text) + " has an exponent too large to keep exactly in JSON and Smile:"
        + " its last digit must stand for a power of ten from 10^-" + Extensions.MAX_DECIMAL_SCALE
        + " to 10^" + Extensions.MAX_DECIMAL_SCALE);
    return false;
  }

  /**
   * The {@code BigDecimal} scale of a JSON number's text (digits after the point minus the
   * exponent), or {@link Long#MIN_VALUE} when the exponent has more than 18 digits.
   */
  static long scaleOf(String text) {
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    int end = e < 0 ? text.length() : e;
    int point = text.indexOf('.');
    long fraction = point < 0 || point > end ? 0 : end - point - 1;
    if (e < 0) {
      return fraction;
    }
    int start = e + 1;
    boolean negative = start < text.length() && text.charAt(start) == '-';
    if (start < text.length() && (text.charAt(start) == '-' || text.charAt(start) == '+')) {
      start++;
    }
    while (start < text.length() - 1 && text.charAt(start) == '0') {
      start++;
    }
    if (text.length() - start > 18) {
      return Long.MIN_VALUE;
    }
    long exponent = Long.parseLong(text.substring(start));
    return fraction - (negative ? -exponent : exponent);
  }

  // Keeps a number exactly: a Double only when writing it back gives the same text, else the
  // text as a BigDecimal.
  private Object exactly(String text, double d) {
    if (Double.isFinite(d) && NumberOutput.toString(d, true).equals(text)) {
      return d;
    }
    return new BigDecimal(text);
  }

  /** Records "expected X, found Y" at the current value and skips it. */
  public void unexpected(String expected) {
    JsonToken token = parser.currentToken();
    violation("expected " + expected + ", found " + describe(token));
    if (token != null && token.isStructStart()) {
      parser.skipChildren();
    }
  }

  /** The current token described for a message, quoting at most 200 characters of its text. */
  public String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT: return "an object";
      case START_ARRAY: return "an array";
      case VALUE_STRING: return "the string \"" + Excerpt.of(parser.getString()) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: return "the number " + numberText();
      case VALUE_TRUE: return "true";
      case VALUE_FALSE: return "false";
      case VALUE_NULL: return "null";
      case VALUE_EMBEDDED_OBJECT: return "binary data";
      case PROPERTY_NAME: return "the member name \"" + Excerpt.of(parser.currentName()) + "\"";
      default: return token.toString();
    }
  }

  private String numberText() {
    return Excerpt.of(parser.getString());
  }

  /** Where the current token is, as a message suffix: line and column, or byte offset. */
  public String where() {
    TokenStreamLocation location = Failures.safeLocation(parser);
    if (location == null) {
      return "";
    }
    if (format == SessionFormat.JSON && location.getLineNr() > 0) {
      return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
    return location.getByteOffset() >= 0 ? " (byte " + location.getByteOffset() + ")" : "";
  }

  private String checkedName(String name) {
    int bad = loneSurrogate(name);
    if (bad >= 0) {
      violation("member name has a lone surrogate U+" + String.format("%04X", (int) name.charAt(bad))
          + " at index " + bad + "; it cannot be written as UTF-8");
    }
    return name;
  }

  private String checkedString(String text) {
    int bad = loneSurrogate(text);
    if (bad >= 0) {
      violation("string has a lone surrogate U+" + String.format("%04X", (int) text.charAt(bad))
          + " at index " + bad + "; it cannot be written as UTF-8");
    }
    return text;
  }

  private static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
