package dev.socialplan.csv;

import dev.socialplan.internal.Checks;
import dev.socialplan.validation.Finding;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row a CSV read rejected: the line it starts on, the column and the value that were wrong
 * (when one cell was), and the reason as a localised {@link Finding} whose code is one of {@link
 * CsvFindings}.
 *
 * <p>Values longer than {@link #MAX_VALUE_LENGTH} characters are kept shortened, ending in an
 * ellipsis, so that a report of a file with a huge bad field stays small.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RejectedRow implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest value kept in full. */
  public static final int MAX_VALUE_LENGTH = 200;

  /** The line the row starts on. */
  private final long line;

  /** The column whose value was wrong, or null for the whole row. */
  private final @Nullable String column;

  /** The value that was wrong (shortened), or null for the whole row. */
  private final @Nullable String value;

  /** Why. */
  private final Finding reason;

  private RejectedRow(long line, @Nullable String column, @Nullable String value, Finding reason) {
    this.line = line;
    this.column = column;
    this.value = value;
    this.reason = reason;
  }

  /**
   * Obtains a rejection of a whole row.
   *
   * @param line the line the row starts on, from 1
   * @param reason why
   * @return the rejection
   */
  public static RejectedRow of(long line, Finding reason) {
    return new RejectedRow(positive(line), null, null, Checks.notNull(reason, "reason"));
  }

  /**
   * Obtains a rejection because of one cell.
   *
   * @param line the line the row starts on, from 1
   * @param column the column's name in the header
   * @param value the cell's value, shortened when longer than {@link #MAX_VALUE_LENGTH}
   * @param reason why
   * @return the rejection
   */
  public static RejectedRow of(long line, String column, String value, Finding reason) {
    Checks.notNull(column, "column");
    Checks.notNull(value, "value");
    return new RejectedRow(positive(line), column, shorten(value), Checks.notNull(reason, "reason"));
  }

  private static long positive(long line) {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line);
    }
    return line;
  }

  static String shorten(String value) {
    return value.length() <= MAX_VALUE_LENGTH
        ? value
        : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
  }

  /**
   * Returns the line the row starts on (a quoted value with line breaks spans several).
   *
   * @return the line, from 1
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column whose value was wrong.
   *
   * @return the column's name, or empty when the whole row was wrong
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * Returns the value that was wrong.
   *
   * @return the value (shortened when long), or empty when the whole row was wrong
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the reason.
   *
   * @return the finding, with a {@link CsvFindings} code
   */
  public Finding reason() {
    return reason;
  }

  /**
   * Returns the reason in a language.
   *
   * @param locale the language; English unless Traditional Chinese ({@code zh_TW}) is asked for
   * @return the message
   */
  public String message(Locale locale) {
    return reason.message(locale);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof RejectedRow)) {
      return false;
    }
    RejectedRow o = (RejectedRow) obj;
    return line == o.line
        && Objects.equals(column, o.column)
        && Objects.equals(value, o.value)
        && reason.equals(o.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, column, value, reason);
  }

  /**
   * Returns a readable form such as {@code line 12, Lifetime Post Total Reach "12a":
   * CSV_NOT_A_COUNT}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "line " + line
        + (column == null ? "" : ", " + column + " \"" + value + "\"")
        + ": " + reason.code().name();
  }
}
