package dev.socialplan.csv;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.internal.Checks;
import dev.socialplan.validation.FindingArgument;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads performance records from CSV through a {@link PerformanceMapping} (or an {@link
 * ExportPreset}'s mapping).
 *
 * <p>Reading streams: FastCSV parses one row at a time and each row becomes a record at once, so
 * {@link #forEach} holds one row in memory whatever the file's size, and {@link #read} holds only
 * the records it returns (a 1 GB export is never held twice). Rows that cannot become a record are
 * rejected and reported ({@link CsvReport}); the other rows are read.
 *
 * <p>Sources: a {@link Reader} is read as it decodes; an {@link InputStream} or a {@link Path} is
 * decoded as UTF-8 unless a byte order mark announces UTF-8 or UTF-16 (big or little endian), and
 * a row holding bytes that are not valid in that encoding (a Windows-1252 cell in a UTF-8 file) is
 * rejected with {@link CsvFindings#CSV_BAD_ENCODING}. A file that ends inside a quoted field
 * (cut short in transfer) has its last row rejected with {@link CsvFindings#CSV_MALFORMED}: FastCSV
 * would return the cut field as if it were whole. Excel's files are
 * read as they are: a UTF-8 byte order mark, {@code ,}, {@code ;} or tab (detected from the header
 * unless the mapping fixes it), quoted fields with line breaks, CRLF line ends, padded or trimmed
 * trailing empty columns. Rows whose cells are all empty are blank lines, not data.
 *
 * <p>Stateless and thread-safe; the caller's reader or stream is read to its end and not closed.
 */
public final class PerformanceCsv {
  private PerformanceCsv() {}

  /**
   * Reads every record of a text source.
   *
   * @param in the CSV text
   * @param mapping the columns to read
   * @return the records of the accepted rows and the report
   * @throws UncheckedIOException if reading fails
   */
  public static CsvResult<PerformanceRecord> read(Reader in, PerformanceMapping mapping) {
    List<PerformanceRecord> out = new ArrayList<>();
    CsvReport report = forEach(in, mapping, out::add);
    return CsvResult.of(out, report);
  }

  /**
   * Reads every record of a byte source (see the class description for the encoding).
   *
   * @param in the CSV bytes
   * @param mapping the columns to read
   * @return the records of the accepted rows and the report
   * @throws UncheckedIOException if reading fails
   */
  public static CsvResult<PerformanceRecord> read(InputStream in, PerformanceMapping mapping) {
    List<PerformanceRecord> out = new ArrayList<>();
    CsvReport report = forEach(in, mapping, out::add);
    return CsvResult.of(out, report);
  }

  /**
   * Reads every record of a file (see the class description for the encoding).
   *
   * @param file the CSV file
   * @param mapping the columns to read
   * @return the records of the accepted rows and the report
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CsvResult<PerformanceRecord> read(Path file, PerformanceMapping mapping) {
    List<PerformanceRecord> out = new ArrayList<>();
    CsvReport report = forEach(file, mapping, out::add);
    return CsvResult.of(out, report);
  }

  /**
   * Streams the records of a text source to a consumer, one row in memory at a time; for example
   * into {@code PerformanceColumns.Builder::add} or an accumulator.
   *
   * @param in the CSV text
   * @param mapping the columns to read
   * @param sink receives each record, in file order
   * @return the report
   * @throws UncheckedIOException if reading fails
   */
  public static CsvReport forEach(
      Reader in, PerformanceMapping mapping, Consumer<? super PerformanceRecord> sink) {
    Checks.notNull(in, "in");
    return CsvRows.read(in, mapping.delimiter().orElse(null), new Rows(mapping, sink, true));
  }

  /**
   * Streams the records of a byte source to a consumer (see the class description for the
   * encoding).
   *
   * @param in the CSV bytes
   * @param mapping the columns to read
   * @param sink receives each record, in file order
   * @return the report
   * @throws UncheckedIOException if reading fails
   */
  public static CsvReport forEach(
      InputStream in, PerformanceMapping mapping, Consumer<? super PerformanceRecord> sink) {
    Checks.notNull(in, "in");
    return CsvRows.read(in, mapping.delimiter().orElse(null), new Rows(mapping, sink, true));
  }

  /**
   * Streams the records of a file to a consumer.
   *
   * @param file the CSV file
   * @param mapping the columns to read
   * @param sink receives each record, in file order
   * @return the report
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CsvReport forEach(
      Path file, PerformanceMapping mapping, Consumer<? super PerformanceRecord> sink) {
    Checks.notNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return forEach(in, mapping, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads every cell as text, plain counts included: the path every count took before plain
   * counts were read from the parser's buffer, kept for tests that compare the two.
   */
  static CsvReport forEachAsText(
      Reader in, PerformanceMapping mapping, Consumer<? super PerformanceRecord> sink) {
    return CsvRows.read(in, mapping.delimiter().orElse(null), new Rows(mapping, sink, false));
  }

  /** {@link #forEachAsText(Reader, PerformanceMapping, Consumer)} from bytes, encoding checked. */
  static CsvReport forEachAsText(
      InputStream in, PerformanceMapping mapping, Consumer<? super PerformanceRecord> sink) {
    return CsvRows.read(in, mapping.delimiter().orElse(null), new Rows(mapping, sink, false));
  }

  /** Turns rows into records. */
  private static final class Rows implements CsvRows.Sink {
    private final PerformanceMapping mapping;
    private final Consumer<? super PerformanceRecord> sink;
    private final List<PerformanceMapping.Cell> cells;
    /** The cells as an array, and each one's first column: read for every cell of every row. */
    private final PerformanceMapping.Cell[] cellArray;
    private int[] first = new int[0];
    private int[][] indices = new int[0][];
    private String missingColumn = "";
    private String headerText = "";

    private final boolean fastPaths;

    Rows(PerformanceMapping mapping, Consumer<? super PerformanceRecord> sink, boolean fastPaths) {
      this.mapping = Checks.notNull(mapping, "mapping");
      this.sink = Checks.notNull(sink, "sink");
      this.cells = mapping.cells();
      this.cellArray = cells.toArray(new PerformanceMapping.Cell[0]);
      this.fastPaths = fastPaths;
    }

    @Override
    public boolean header(String[] names, long line, CsvReport.Collector report) {
      headerText = String.join(", ", names);
      indices = new int[cells.size()][];
      first = new int[cells.size()];
      boolean complete = true;
      for (int c = 0; c < cells.size(); c++) {
        List<String> columns = cells.get(c).columns;
        indices[c] = new int[columns.size()];
        for (int k = 0; k < columns.size(); k++) {
          int at = indexOf(names, columns.get(k));
          indices[c][k] = at;
          if (k == 0) {
            first[c] = at;
          }
          if (at < 0) {
            if (complete) {
              missingColumn = columns.get(k);
            }
            complete = false;
            report.detail(RejectedRow.of(line, columns.get(k), "",
                CsvRows.finding(CsvFindings.CSV_MISSING_COLUMN, line, columns.get(k),
                    CsvRows.text("column", columns.get(k)), CsvRows.text("header", headerText))));
          }
        }
      }
      return complete;
    }

    private static int indexOf(String[] names, String column) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(column)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public void rowWithoutColumns(long line, CsvReport.Collector report) {
      report.rejected(RejectedRow.of(line, CsvRows.finding(CsvFindings.CSV_MISSING_COLUMN, line,
          missingColumn, CsvRows.text("column", missingColumn), CsvRows.text("header", headerText))));
    }

    @Override
    public boolean @Nullable [] plainCountColumns(int width) {
      if (!fastPaths || mapping.hasCountMarker()) {
        return null;
      }
      // A column counts as plain only when a single count cell reads it and no other cell does.
      int[] readers = new int[width];
      boolean[] plain = new boolean[width];
      for (int c = 0; c < cells.size(); c++) {
        for (int at : indices[c]) {
          if (at >= 0 && at < width) {
            readers[at]++;
            plain[at] = cells.get(c) instanceof PerformanceMapping.CountCell;
          }
        }
      }
      boolean any = false;
      for (int i = 0; i < width; i++) {
        plain[i] &= readers[i] == 1;
        any |= plain[i];
      }
      return any ? plain : null;
    }

    @Override
    public char countGroupMark() {
      return mapping.numbers().groupMark();
    }

    @Override
    public void row(@Nullable String[] fields, long @Nullable [] counts, long line,
        CsvReport.Collector report) {
      PerformanceRecord.Builder b = mapping.start();
      PerformanceMapping.Cell[] all = cellArray;
      int[] firsts = this.first;
      for (int c = 0; c < all.length; c++) {
        PerformanceMapping.Cell cell = all[c];
        int at0 = firsts[c];
        String first = at0 < fields.length ? fields[at0] : "";
        if (first == null && counts != null) {
          // A null field held a plain count: only a count cell's column does (plainCountColumns).
          b.count(((PerformanceMapping.CountCell) cell).measure, counts[at0]);
          continue;
        }
        try {
          int[] at = indices[c];
          if (at.length == 1) {
            // The common case, without an array per cell.
            if (mapping.isMissing(first)) {
              if (cell.required) {
                requiredEmpty(report, line, cell.columns.get(0), first);
                return;
              }
              continue;
            }
            ((PerformanceMapping.Single) cell).apply(first, b, mapping);
            continue;
          }
          String[] values = new String[at.length];
          boolean missing = false;
          for (int k = 0; k < at.length; k++) {
            values[k] = at[k] < fields.length ? fields[at[k]] : "";
            missing |= mapping.isMissing(values[k]);
          }
          if (missing) {
            if (cell.required) {
              requiredEmpty(report, line, cell.columns.get(0), first);
              return;
            }
            continue;
          }
          cell.apply(values, b, mapping);
        } catch (CellProblem p) {
          reject(report, line, cell.columns.get(0), first, p.code, p.arguments);
          return;
        } catch (IllegalArgumentException e) {
          String column = cell.columns.get(0);
          reject(report, line, column, first, CsvFindings.CSV_INVALID_VALUE,
              CsvRows.text("column", column), CsvRows.text("reason", String.valueOf(e.getMessage())));
          return;
        }
      }
      PerformanceRecord record;
      try {
        record = b.build();
      } catch (IllegalStateException e) {
        report.rejected(RejectedRow.of(line, CsvRows.finding(CsvFindings.CSV_INVALID_VALUE, line,
            null, CsvRows.text("column", "row"), CsvRows.text("reason", String.valueOf(e.getMessage())))));
        return;
      }
      report.accepted();
      sink.accept(record);
    }

    private static void requiredEmpty(
        CsvReport.Collector report, long line, String column, String value) {
      report.rejected(RejectedRow.of(line, column, value,
          CsvRows.finding(CsvFindings.CSV_REQUIRED_EMPTY, line, column, CsvRows.text("column", column))));
    }

    private static void reject(CsvReport.Collector report, long line, String column, String value,
        dev.socialplan.validation.FindingCode code, FindingArgument... args) {
      report.rejected(RejectedRow.of(line, column, value, CsvRows.finding(code, line, column, args)));
    }
  }
}
