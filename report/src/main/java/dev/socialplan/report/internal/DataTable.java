package dev.socialplan.report.internal;

import java.util.List;
import java.util.Objects;

/**
 * A table of texts with a caption; numeric columns are right-aligned.
 *
 * @param caption the caption
 * @param headers the column headers
 * @param numeric for each column, whether it holds numbers
 * @param rows the rows, each as long as the headers
 */
public record DataTable(String caption, List<String> headers, List<Boolean> numeric, List<List<String>> rows) {

  /** Checks the shape and copies the lists. */
  public DataTable {
    Objects.requireNonNull(caption, "caption");
    headers = List.copyOf(headers);
    numeric = List.copyOf(numeric);
    if (numeric.size() != headers.size()) {
      throw new IllegalArgumentException(
          "numeric must have one flag per header (" + headers.size() + "): " + numeric.size());
    }
    rows = rows.stream().map(List::copyOf).toList();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != headers.size()) {
        throw new IllegalArgumentException(
            "rows[" + i + "] must have " + headers.size() + " cells: " + rows.get(i).size());
      }
    }
  }

  /**
   * Returns the CSS class of a column's cells.
   *
   * @param column the column index
   * @return {@code "num"} for numeric columns, else empty
   */
  public String cellClass(int column) {
    return numeric.get(column) ? "num" : "";
  }
}
