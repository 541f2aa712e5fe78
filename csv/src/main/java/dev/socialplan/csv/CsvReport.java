package dev.socialplan.csv;

import dev.socialplan.internal.Checks;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a CSV read did: how many data rows it read, how many of them it accepted and rejected, and
 * why each rejected row was rejected (line, column, value, a localised finding).
 *
 * <p>Every data row is either accepted or rejected: {@code rowsRead() == rowsAccepted() +
 * rowsRejected()}, never silently dropped. The details of at most {@link #MAX_DETAILED} rejections
 * are kept (the first ones, in file order), so a report of a huge file stays small; {@link
 * #rowsRejected()} counts them all.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvReport implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most rejections kept in detail. */
  public static final int MAX_DETAILED = 10_000;

  /** The data rows read. */
  private final long rowsRead;

  /** The data rows rejected. */
  private final long rowsRejected;

  /** The rejections kept in detail, in file order. */
  private final List<RejectedRow> rejected;

  private CsvReport(long rowsRead, long rowsRejected, List<RejectedRow> rejected) {
    this.rowsRead = rowsRead;
    this.rowsRejected = rowsRejected;
    this.rejected = rejected;
  }

  static CsvReport of(long rowsRead, long rowsRejected, List<RejectedRow> rejected) {
    if (rowsRejected < 0 || rowsRejected > rowsRead) {
      throw new IllegalArgumentException(
          "rejections exceed rows: " + rowsRejected + " of " + rowsRead);
    }
    return new CsvReport(rowsRead, rowsRejected, List.copyOf(rejected));
  }

  /**
   * Returns the number of data rows read (the header and skipped empty lines not included).
   *
   * @return the rows read
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * Returns the number of rows that became values.
   *
   * @return the rows accepted
   */
  public long rowsAccepted() {
    return rowsRead - rowsRejected;
  }

  /**
   * Returns the number of rows rejected.
   *
   * @return the rows rejected, all of them, also those beyond {@link #MAX_DETAILED}
   */
  public long rowsRejected() {
    return rowsRejected;
  }

  /**
   * Returns the rejected rows in file order; at most {@link #MAX_DETAILED}. A file whose header
   * lacks needed columns also has an entry for each of them, at the header's line, before the rows.
   *
   * @return the rejections, unmodifiable
   */
  public List<RejectedRow> rejected() {
    return rejected;
  }

  /**
   * Tells whether every row was accepted.
   *
   * @return true when nothing was rejected
   */
  public boolean isClean() {
    return rowsRejected == 0 && rejected.isEmpty();
  }

  /**
   * Returns one line per rejection in a language, such as {@code line 12: Lifetime Post Total
   * Reach is not a count: "12a".}
   *
   * @param locale the language
   * @return the lines
   */
  public List<String> messages(Locale locale) {
    Checks.notNull(locale, "locale");
    List<String> out = new ArrayList<>(rejected.size());
    for (RejectedRow r : rejected) {
      out.add((Locale.TRADITIONAL_CHINESE.equals(locale) || "zh".equals(locale.getLanguage())
              ? "第 " + r.line() + " 行："
              : "line " + r.line() + ": ")
          + r.message(locale));
    }
    return out;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CsvReport
        && rowsRead == ((CsvReport) obj).rowsRead
        && rowsRejected == ((CsvReport) obj).rowsRejected
        && rejected.equals(((CsvReport) obj).rejected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rowsRead, rowsRejected, rejected);
  }

  /**
   * Returns a readable form such as {@code CsvReport{read=500, rejected=2}}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "CsvReport{read=" + rowsRead + ", rejected=" + rowsRejected + "}";
  }

  /** Collects rejections while a file is read. Not thread-safe. */
  static final class Collector {
    long rowsRead;
    long rowsRejected;
    final List<RejectedRow> rejected = new ArrayList<>();

    void accepted() {
      rowsRead++;
    }

    void rejected(RejectedRow row) {
      rowsRead++;
      rowsRejected++;
      detail(row);
    }

    /** Records a rejection of a line that is not a data row (the header). */
    void detail(RejectedRow row) {
      if (rejected.size() < MAX_DETAILED) {
        rejected.add(row);
      }
    }

    CsvReport report() {
      return CsvReport.of(rowsRead, rowsRejected, rejected);
    }
  }
}
