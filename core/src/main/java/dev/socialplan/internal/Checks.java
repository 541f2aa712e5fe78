package dev.socialplan.internal;

import java.util.Collection;
import java.util.Objects;

/**
 * Structural preconditions shared by socialplan's value types. <strong>Not API.</strong>
 *
 * <p>Every message names the field and the offending value, in the style of joda-money: {@code
 * "followers must not be negative: -3"}. Only impossible values are refused here; anything a planner
 * could plausibly get wrong is left to the validation rules.
 */
public final class Checks {
  private Checks() {}

  /**
   * Requires a non-null reference.
   *
   * @param value the value
   * @param field the field or parameter name used in the message
   * @param <T> the value's type
   * @return the value
   * @throws NullPointerException naming the field if the value is null
   */
  public static <T> T notNull(T value, String field) {
    return Objects.requireNonNull(value, () -> field + " must not be null");
  }

  /**
   * Requires a string that is not blank: one with at least one character that is neither
   * whitespace ({@link Character#isWhitespace(int)}), a space separator ({@link
   * Character#isSpaceChar(int)}: the no-break spaces U+00A0, U+2007, U+202F and the other Unicode
   * spaces) nor an invisible format character (category Cf: zero-width space U+200B, word joiner
   * U+2060, byte order mark U+FEFF, bidirectional marks). {@link String#isBlank()} accepts a name
   * made only of no-break spaces; this does not.
   *
   * @param value the value
   * @param field the field name used in the message
   * @return the value, unchanged
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank
   */
  public static String nonBlank(String value, String field) {
    notNull(value, field);
    if (isBlank(value)) {
      throw new IllegalArgumentException(field + " must not be blank: \"" + value + "\"");
    }
    return value;
  }

  /**
   * Tells whether a string is blank in socialplan's sense: empty once every whitespace, space
   * separator and invisible format (Cf) code point is removed.
   *
   * @param value the string
   * @return true if it has no visible character
   */
  public static boolean isBlank(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && Character.getType(c) != Character.FORMAT) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Requires a count of zero or more.
   *
   * @param value the value
   * @param field the field name used in the message
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static long nonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
    return value;
  }

  /**
   * Requires an int of zero or more.
   *
   * @param value the value
   * @param field the field name used in the message
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static int nonNegative(int value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
    return value;
  }

  /**
   * Requires a finite double of zero or more.
   *
   * @param value the value
   * @param field the field name used in the message
   * @return the value
   * @throws IllegalArgumentException if the value is negative, NaN or infinite
   */
  public static double nonNegative(double value, String field) {
    finite(value, field);
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
    return value;
  }

  /**
   * Requires a finite double (neither NaN nor infinite).
   *
   * @param value the value
   * @param field the field name used in the message
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number: " + value);
    }
    return value;
  }

  /**
   * Requires a fraction in {@code [0, 1]}.
   *
   * @param value the value
   * @param field the field name used in the message
   * @return the value
   * @throws IllegalArgumentException if the value is outside {@code [0, 1]}, NaN or infinite
   */
  public static double fraction(double value, String field) {
    finite(value, field);
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException(field + " must be between 0 and 1: " + value);
    }
    return value;
  }

  /**
   * Requires an int within {@code [min, max]}.
   *
   * @param value the value
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param field the field name used in the message
   * @return the value
   * @throws IllegalArgumentException if the value is outside the range
   */
  public static int inRange(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + ": " + value);
    }
    return value;
  }

  /**
   * Requires a collection without null elements.
   *
   * @param values the collection
   * @param field the field name used in the message
   * @param <C> the collection type
   * @return the collection
   * @throws NullPointerException naming the field and the index of the first null element
   */
  public static <C extends Collection<?>> C noNullElements(C values, String field) {
    notNull(values, field);
    int i = 0;
    for (Object value : values) {
      if (value == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
      i++;
    }
    return values;
  }
}
