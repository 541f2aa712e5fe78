package dev.socialplan.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns, measured in terminal columns so that Chinese text (two
 * columns per character) lines up with Latin text.
 */
final class TextTable {
  private final String[] headers;
  private final boolean[] rightAligned;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * Creates a table. A header that starts with {@code >} is right-aligned (for numbers); the
   * {@code >} is not shown.
   */
  TextTable(String... headers) {
    this.headers = new String[headers.length];
    this.rightAligned = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      rightAligned[i] = headers[i].startsWith(">");
      this.headers[i] = rightAligned[i] ? headers[i].substring(1) : headers[i];
    }
  }

  TextTable row(Object... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, the table has " + headers.length + " columns");
    }
    rows.add(Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
    return this;
  }

  int size() {
    return rows.size();
  }

  /** Returns the lines of the table: header, rule, rows; no trailing spaces. */
  List<String> lines() {
    int[] widths = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      widths[i] = Text.width(headers[i]);
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], Text.width(row[i]));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(format(headers, widths));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        rule.append("  ");
      }
      rule.append("-".repeat(widths[i]));
    }
    lines.add(rule.toString());
    for (String[] row : rows) {
      lines.add(format(row, widths));
    }
    return lines;
  }

  private String format(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append("  ");
      }
      String padding = " ".repeat(widths[i] - Text.width(cells[i]));
      if (rightAligned[i]) {
        line.append(padding).append(cells[i]);
      } else {
        line.append(cells[i]).append(padding);
      }
    }
    return line.toString().stripTrailing();
  }
}
