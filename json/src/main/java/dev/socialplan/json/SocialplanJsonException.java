package dev.socialplan.json;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that socialplan refuses to read: malformed JSON, a value of the wrong type, a
 * missing required field, an unknown field (unless the reader is lenient), a duplicate key, a
 * value the domain factory refuses, an unknown enum constant, a newer format version, a number
 * that does not fit, or a document beyond the size and nesting limits.
 *
 * <p>The exception names where (a <a href="https://www.rfc-editor.org/rfc/rfc6901">JSON
 * Pointer</a> such as {@code /goals/2/deadline}; the empty string is the whole document), what
 * (the offending value as it appeared, shortened, when there is one) and why (the reason). No
 * partly built value escapes a failed read. See {@code docs/json.md}.
 *
 * <p>Instances are immutable.
 */
public final class SocialplanJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Longest offending value kept; longer values are cut and end with an ellipsis. */
  static final int MAX_VALUE_LENGTH = 120;

  /** The JSON Pointer of the offending value. */
  private final String pointer;

  /** The offending value as text, shortened; null when there is none. */
  private final @Nullable String value;

  /** Why the value is refused. */
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param value the offending value as text, or {@code null} when there is none (a missing field)
   * @param reason why the value is refused
   * @param cause the underlying exception, or {@code null}
   */
  public SocialplanJsonException(
      String pointer, @Nullable String value, String reason, @Nullable Throwable cause) {
    super(message(pointer, value, reason), cause);
    this.pointer = pointer;
    this.value = value == null ? null : shorten(value);
    this.reason = reason;
  }

  private static String message(String pointer, @Nullable String value, String reason) {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    return value == null
        ? where + ": " + reason
        : where + ": " + reason + " (value: " + shorten(value) + ")";
  }

  private static String shorten(String value) {
    return value.length() <= MAX_VALUE_LENGTH
        ? value
        : value.substring(0, MAX_VALUE_LENGTH) + "…";
  }

  /**
   * Returns the JSON Pointer of the offending value.
   *
   * @return the pointer, {@code ""} for the whole document, never null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the offending value as it appeared in the document, shortened to 120 characters.
   *
   * @return the value, empty for a missing field or when the document could not be parsed there
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns why the value is refused.
   *
   * @return the reason, never blank
   */
  public String reason() {
    return reason;
  }
}
