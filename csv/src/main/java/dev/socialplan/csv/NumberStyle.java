package dev.socialplan.csv;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * How numbers are written in a file: the decimal mark and the thousands separators, as the
 * spreadsheet that wrote the file was set up.
 *
 * <p>{@link #standard()} reads {@code 1234}, {@code 1,234}, {@code 1 234} (also with a no-break or
 * narrow no-break space), {@code 1'234} and {@code 1234.5}; {@link #decimalComma()} reads {@code
 * 1.234} and {@code 1234,5} (German, French, Traditional Chinese spreadsheets in some setups).
 * Thousands separators must separate groups of exactly three digits, so {@code 1,5} is not read as
 * fifteen under the standard style: it is refused.
 *
 * <p>A count ({@link #count(String)}) is a whole number from zero up; a decimal with only zeros
 * after the mark ({@code 2633.0}, as X exports write counts) is a count, a fraction or a negative
 * number is not. A rate ({@link #fraction(String)}) is a decimal, possibly in exponent notation
 * ({@code 7.3E-4}), or a percentage with a {@code %} sign ({@code 12.5 %} is 0.125).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NumberStyle {
  private static final NumberStyle STANDARD = new NumberStyle('.', ',');
  private static final NumberStyle DECIMAL_COMMA = new NumberStyle(',', '.');

  /** Returned by {@link #parseCount} for a value that is not a count. */
  static final long NOT_A_COUNT = -1;

  /** Returned by {@link #parseCount} for a count beyond {@link Long#MAX_VALUE}. */
  static final long TOO_LARGE = -2;

  private final char decimalMark;
  private final char groupMark;

  private NumberStyle(char decimalMark, char groupMark) {
    this.decimalMark = decimalMark;
    this.groupMark = groupMark;
  }

  /**
   * Returns the style with a decimal point and comma thousands separators (spaces and apostrophes
   * also separate thousands).
   *
   * @return the standard style
   */
  public static NumberStyle standard() {
    return STANDARD;
  }

  /**
   * Returns the style with a decimal comma and point thousands separators (spaces and apostrophes
   * also separate thousands).
   *
   * @return the decimal-comma style
   */
  public static NumberStyle decimalComma() {
    return DECIMAL_COMMA;
  }

  /** The thousands separator besides spaces and apostrophes: {@code ','} or {@code '.'}. */
  char groupMark() {
    return groupMark;
  }

  /**
   * Returns the decimal mark.
   *
   * @return {@code '.'} or {@code ','}
   */
  public char decimalMark() {
    return decimalMark;
  }

  /**
   * Reads a count.
   *
   * @param text the cell, surrounding white space ignored
   * @return the count, or empty when the text is not a whole number from zero up within a long
   */
  public OptionalLong count(String text) {
    long v = parseCount(text);
    return v < 0 ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /**
   * Reads a decimal or a percentage as a fraction.
   *
   * @param text the cell, surrounding white space ignored
   * @return the fraction ({@code 12.5 %} is 0.125), or empty when the text is not a finite number
   */
  public OptionalDouble fraction(String text) {
    String t = text.strip();
    boolean percent = t.endsWith("%");
    if (percent) {
      t = t.substring(0, t.length() - 1).strip();
    }
    String plain = plain(t);
    if (plain == null) {
      return OptionalDouble.empty();
    }
    double v;
    try {
      v = Double.parseDouble(plain);
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
    if (!Double.isFinite(v)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(percent ? v / 100 : v);
  }

  /**
   * Returns the text with thousands separators removed and a decimal point, or null when a
   * separator does not separate groups of three digits or a character is not part of a number.
   */
  private @Nullable String plain(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    int digitsSinceGroup = -1;
    boolean inFraction = false;
    boolean inExponent = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
        if (digitsSinceGroup >= 0 && !inFraction && !inExponent) {
          digitsSinceGroup++;
        }
      } else if (!inFraction && !inExponent && isGroup(c)) {
        if (sb.length() == 0 || (digitsSinceGroup >= 0 && digitsSinceGroup != 3)) {
          return null;
        }
        digitsSinceGroup = 0;
      } else if (c == decimalMark && !inFraction && !inExponent) {
        if (digitsSinceGroup >= 0 && digitsSinceGroup != 3) {
          return null;
        }
        inFraction = true;
        sb.append('.');
      } else if ((c == 'e' || c == 'E') && !inExponent && sb.length() > 0) {
        if (digitsSinceGroup >= 0 && digitsSinceGroup != 3 && !inFraction) {
          return null;
        }
        inExponent = true;
        sb.append('E');
      } else if ((c == '-' || c == '+') && (i == 0 || (inExponent && sb.charAt(sb.length() - 1) == 'E'))) {
        sb.append(c);
      } else {
        return null;
      }
    }
    if (digitsSinceGroup >= 0 && digitsSinceGroup != 3 && !inFraction && !inExponent) {
      return null;
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static boolean isSpace(char c) {
    return c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)
        : c >= 0x80 && Character.isWhitespace(c);
  }

  private boolean isGroup(char c) {
    return c == groupMark || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'';
  }

  /**
   * Reads a count without allocating: the count, {@link #NOT_A_COUNT} or {@link #TOO_LARGE}. The
   * hot path of every mapped row, so it scans the characters once.
   */
  long parseCount(String text) {
    // Most cells are plain digits: read them in one pass, up to 18 digits (always within a long).
    int len = text.length();
    if (len > 0 && len <= 18) {
      long v = 0;
      int k = 0;
      for (; k < len; k++) {
        int d = text.charAt(k) - '0';
        if (d < 0 || d > 9) {
          break;
        }
        v = v * 10 + d;
      }
      if (k == len) {
        return v;
      }
    }
    int n = text.length();
    int i = 0;
    while (i < n && isSpace(text.charAt(i))) {
      i++;
    }
    while (n > i && isSpace(text.charAt(n - 1))) {
      n--;
    }
    if (i < n && text.charAt(i) == '+') {
      i++;
    }
    if (i >= n) {
      return NOT_A_COUNT;
    }
    long value = 0;
    int digits = 0;
    int sinceGroup = -1;
    boolean overflow = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (!overflow) {
          int d = c - '0';
          if (value > (Long.MAX_VALUE - d) / 10) {
            overflow = true;
          } else {
            value = value * 10 + d;
          }
        }
        digits++;
        if (sinceGroup >= 0) {
          sinceGroup++;
        }
      } else if (isGroup(c)) {
        if (digits == 0 || (sinceGroup >= 0 && sinceGroup != 3)) {
          return NOT_A_COUNT;
        }
        sinceGroup = 0;
      } else if (c == decimalMark) {
        if (digits == 0 || (sinceGroup >= 0 && sinceGroup != 3) || i == n - 1) {
          return NOT_A_COUNT;
        }
        for (int j = i + 1; j < n; j++) {
          if (text.charAt(j) != '0') {
            return NOT_A_COUNT;
          }
        }
        sinceGroup = -1;
        break;
      } else {
        return NOT_A_COUNT;
      }
    }
    if (sinceGroup >= 0 && sinceGroup != 3) {
      return NOT_A_COUNT;
    }
    return overflow ? TOO_LARGE : value;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof NumberStyle && ((NumberStyle) obj).decimalMark == decimalMark;
  }

  @Override
  public int hashCode() {
    return decimalMark;
  }

  /**
   * Returns a readable form: {@code NumberStyle[decimal '.']}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "NumberStyle[decimal '" + decimalMark + "']";
  }
}
