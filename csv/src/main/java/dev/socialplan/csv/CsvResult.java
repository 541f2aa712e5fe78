package dev.socialplan.csv;

import dev.socialplan.internal.Checks;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The values a CSV read built, in file order, with the {@link CsvReport} of the rows it rejected.
 *
 * <p>This class is immutable and thread-safe when its values are.
 *
 * @param <T> the type of the values
 */
public final class CsvResult<T> {
  private final List<T> values;
  private final CsvReport report;

  private CsvResult(List<T> values, CsvReport report) {
    this.values = values;
    this.report = report;
  }

  static <T> CsvResult<T> of(List<T> values, CsvReport report) {
    return new CsvResult<>(
        List.copyOf(Checks.notNull(values, "values")), Checks.notNull(report, "report"));
  }

  /**
   * Returns the values built from the accepted rows, in file order.
   *
   * @return the values, unmodifiable
   */
  public List<T> values() {
    return values;
  }

  /**
   * Returns the report: rows read, accepted and rejected, and why.
   *
   * @return the report
   */
  public CsvReport report() {
    return report;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CsvResult
        && values.equals(((CsvResult<?>) obj).values)
        && report.equals(((CsvResult<?>) obj).report);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, report);
  }

  /**
   * Returns a readable form such as {@code CsvResult{500 values, CsvReport{read=500, rejected=0}}}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "CsvResult{" + values.size() + " values, " + report + "}";
  }
}
