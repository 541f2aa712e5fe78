package dev.socialplan.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * The row loop shared by every reader: byte order mark, delimiter detection, FastCSV's streaming
 * parse, the header, field-count and encoding checks, and the report. One row is held at a time.
 */
final class CsvRows {
  private static final int PEEK = 1 << 16;

  private CsvRows() {}

  /** What a reader does with the header and with each data row. */
  interface Sink {
    /** Takes the header; returns false when a needed column is missing (then every row is). */
    boolean header(String[] names, long line, CsvReport.Collector report);

    /** Takes a data row whose field count and encoding were checked. */
    void row(String[] fields, long line, CsvReport.Collector report);

    /** Rejects a data row because the header lacks a column. */
    void rowWithoutColumns(long line, CsvReport.Collector report);
  }

  static CsvReport read(Reader in, @Nullable Character delimiter, Sink sink) {
    BufferedReader br = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in, PEEK);
    try {
      br.mark(1);
      int first = br.read();
      if (first != '\uFEFF' && first != -1) {
        br.reset();
      }
      char d = delimiter != null ? delimiter : detect(br);
      QuoteTracker tracked = new QuoteTracker(br, d);
      CsvReader<CsvRecord> csv = builder(d).ofCsvRecord(tracked);
      return loop(csv, tracked, false, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads bytes: UTF-8 unless a byte order mark says UTF-8 or UTF-16; undecodable bytes become
   * U+FFFD and reject their row.
   */
  static CsvReport read(InputStream in, @Nullable Character delimiter, Sink sink) {
    BufferedInputStream bin = new BufferedInputStream(in, PEEK);
    try {
      Charset cs = bom(bin);
      char d = delimiter != null ? delimiter : detect(bin, cs);
      QuoteTracker tracked = new QuoteTracker(new InputStreamReader(bin, cs), d);
      CsvReader<CsvRecord> csv = builder(d).ofCsvRecord(tracked);
      return loop(csv, tracked, true, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Skips a byte order mark and returns the encoding it announces, UTF-8 without one. */
  private static Charset bom(BufferedInputStream in) throws IOException {
    in.mark(3);
    int a = in.read();
    int b = in.read();
    int c = in.read();
    if (a == 0xEF && b == 0xBB && c == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    in.reset();
    if (a == 0xFE && b == 0xFF) {
      in.skip(2);
      return StandardCharsets.UTF_16BE;
    }
    if (a == 0xFF && b == 0xFE) {
      in.skip(2);
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * Follows the quoting state as FastCSV reads, so that the end of the file inside a quoted field
   * is noticed: FastCSV returns such a field cut short as if it were complete.
   */
  static final class QuoteTracker extends FilterReader {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;
    private final char delimiter;
    private int state = FIELD_START;

    QuoteTracker(Reader in, char delimiter) {
      super(in);
      this.delimiter = delimiter;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      int st = state;
      char d = delimiter;
      // Ordinary characters above every special one cost one comparison each.
      char highest = (char) Math.max(d, Math.max('"', '\r'));
      int i = off;
      int end = off + Math.max(n, 0);
      while (i < end) {
        if (st == QUOTED) {
          while (i < end && buf[i] != '"') {
            i++;
          }
          if (i < end) {
            st = QUOTE_IN_QUOTED;
            i++;
          }
        } else if (st == UNQUOTED) {
          while (i < end) {
            char c = buf[i++];
            if (c <= highest && (c == d || c == '\n' || c == '\r')) {
              st = FIELD_START;
              break;
            }
          }
        } else {
          char c = buf[i++];
          if (c == '"') {
            st = QUOTED;
          } else if (c == d || c == '\n' || c == '\r') {
            st = FIELD_START;
          } else {
            st = UNQUOTED;
          }
        }
      }
      state = st;
      return n;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    /** Tells whether what was read so far ends inside a quoted field. */
    boolean insideQuotes() {
      return state == QUOTED;
    }
  }

  private static CsvReader.CsvReaderBuilder builder(char delimiter) {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .skipEmptyLines(true);
  }

  private static CsvReport loop(
      CsvReader<CsvRecord> csv, QuoteTracker quotes, boolean checkEncoding, Sink sink) {
    CsvReport.Collector report = new CsvReport.Collector();
    Records records = new Records(sink, report, checkEncoding);
    Iterator<CsvRecord> it = csv.iterator();
    // One record is held back: only once the next one is read (or the end) is it known whether
    // the file ended inside its last quoted field.
    CsvRecord pending = null;
    long lastLine = 0;
    String malformed = null;
    while (true) {
      CsvRecord next;
      try {
        next = it.hasNext() ? it.next() : null;
      } catch (CsvParseException e) {
        // FastCSV cannot resynchronise after a structural error: the read ends there.
        malformed = e.getCause() != null && e.getCause().getMessage() != null
            ? e.getMessage() + ": " + e.getCause().getMessage()
            : String.valueOf(e.getMessage());
        next = null;
      }
      if (pending != null) {
        lastLine = pending.getStartingLineNumber();
        if (next == null && malformed == null && quotes.insideQuotes()) {
          report.rejected(RejectedRow.of(lastLine, finding(CsvFindings.CSV_MALFORMED, lastLine,
              null, text("reason", "a quoted field is not closed before the end of the file"))));
        } else {
          records.process(pending);
        }
      }
      if (next == null) {
        break;
      }
      pending = next;
    }
    if (malformed != null) {
      report.rejected(RejectedRow.of(lastLine + 1,
          finding(CsvFindings.CSV_MALFORMED, lastLine + 1, null, text("reason", malformed))));
    }
    return report.report();
  }

  /** The header, then each data row, checked and handed to the sink. */
  private static final class Records {
    private final Sink sink;
    private final CsvReport.Collector report;
    private final boolean checkEncoding;
    private String @Nullable [] header;
    private boolean usable = true;

    Records(Sink sink, CsvReport.Collector report, boolean checkEncoding) {
      this.sink = sink;
      this.report = report;
      this.checkEncoding = checkEncoding;
    }

    void process(CsvRecord rec) {
      long line = rec.getStartingLineNumber();
      String[] fields = rec.getFields().toArray(new String[0]);
      String[] names = header;
      if (names == null) {
        names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
          names[i] = fields[i].strip();
        }
        if (names.length > 0 && names[0].startsWith("\uFEFF")) {
          names[0] = names[0].substring(1).strip();
        }
        header = names;
        usable = sink.header(names, line, report);
        return;
      }
      if (allEmpty(fields)) {
        return;
      }
      if (!usable) {
        sink.rowWithoutColumns(line, report);
        return;
      }
      if (fields.length != names.length && !onlyEmptyBeyond(fields, names)) {
        report.rejected(RejectedRow.of(line, finding(CsvFindings.CSV_FIELD_COUNT, line, null,
            FindingArgument.integer("fields", fields.length),
            FindingArgument.integer("headerFields", names.length))));
        return;
      }
      if (checkEncoding) {
        int bad = undecodable(fields);
        if (bad >= 0) {
          String column = bad < names.length ? names[bad] : "#" + (bad + 1);
          report.rejected(RejectedRow.of(line, column, fields[bad],
              finding(CsvFindings.CSV_BAD_ENCODING, line, column, text("column", column))));
          return;
        }
      }
      sink.row(fields, line, report);
    }
  }

  private static boolean allEmpty(String[] fields) {
    for (String f : fields) {
      if (!f.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Excel pads or trims trailing empty columns: extra fields empty, or missing fields unnamed. */
  private static boolean onlyEmptyBeyond(String[] fields, String[] header) {
    if (fields.length > header.length) {
      for (int i = header.length; i < fields.length; i++) {
        if (!fields[i].isEmpty()) {
          return false;
        }
      }
      return true;
    }
    for (int i = fields.length; i < header.length; i++) {
      if (!header[i].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static int undecodable(String[] fields) {
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].indexOf('\uFFFD') >= 0) {
        return i;
      }
    }
    return -1;
  }

  static Finding finding(
      FindingCode code, long line, @Nullable String column, FindingArgument... args) {
    String path = "line[" + line + "]"
        + (column == null || column.isEmpty() ? "" : ".column[" + key(column) + "]");
    return Finding.of(code, path, args);
  }

  /**
   * A text argument, shortened as {@link RejectedRow} shortens values, so that a finding about a
   * 1 MB cell does not carry the megabyte.
   */
  static FindingArgument text(String name, String value) {
    return FindingArgument.text(name, RejectedRow.shorten(value));
  }

  private static String key(String column) {
    return column.replace('[', '(').replace(']', ')');
  }

  /** The most frequent of comma, semicolon and tab outside quotes in the first line; comma. */
  private static char detect(BufferedReader br) throws IOException {
    br.mark(PEEK);
    char[] buf = new char[PEEK];
    int n = 0;
    while (n < PEEK) {
      int r = br.read(buf, n, PEEK - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    br.reset();
    return count(new String(buf, 0, n));
  }

  private static char detect(BufferedInputStream in, Charset cs) throws IOException {
    in.mark(PEEK);
    byte[] buf = in.readNBytes(PEEK);
    in.reset();
    return count(new String(buf, cs));
  }

  private static char count(String text) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        comma++;
      } else if (!quoted && c == ';') {
        semicolon++;
      } else if (!quoted && c == '\t') {
        tab++;
      }
    }
    if (semicolon > comma && semicolon >= tab) {
      return ';';
    }
    if (tab > comma && tab > semicolon) {
      return '\t';
    }
    return ',';
  }
}
