package dev.socialplan.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.BooleanSupplier;
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

    /**
     * Names the columns whose plain counts the sink takes already parsed, once the header is read:
     * a field of such a column, quoted or not, that is nothing but 1 to 18 ASCII digits, perhaps
     * in groups of three after {@link #countGroupMark} ({@code 1,234,567}), is read straight from
     * the parser's buffer into {@code counts}, and its entry in {@code fields} is null; any other
     * field of the column (empty, decimal, signed, padded, grouped otherwise) arrives as text.
     * Null for none.
     *
     * @param width the number of columns in the header
     */
    default boolean @Nullable [] plainCountColumns(int width) {
      return null;
    }

    /** The thousands separator of plain counts, as the sink's number style reads it. */
    default char countGroupMark() {
      return ',';
    }

    /**
     * Takes a data row whose field count and encoding were checked; {@code counts} holds the
     * plain counts of the columns {@link #plainCountColumns} named, where {@code fields} is null.
     */
    void row(@Nullable String[] fields, long @Nullable [] counts, long line,
        CsvReport.Collector report);

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
      QuoteParity tracked = new QuoteParity(br);
      RowHandler rows = new RowHandler();
      return loop(builder(d).build(rows, tracked), rows, tracked::odd, false, sink);
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
      RowHandler rows = new RowHandler();
      if (cs.equals(StandardCharsets.UTF_8)) {
        // In UTF-8 a quote is the byte 0x22 and that byte is always a quote, however the bytes
        // around it decode: count the bytes, eight at a time, rather than the characters.
        Utf8QuoteParity tracked = new Utf8QuoteParity(bin);
        Reader chars = new InputStreamReader(tracked, cs);
        return loop(builder(d).build(rows, chars), rows, tracked::odd, true, sink);
      }
      QuoteParity tracked = new QuoteParity(new InputStreamReader(bin, cs));
      return loop(builder(d).build(rows, tracked), rows, tracked::odd, true, sink);
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
   * Counts the quotes FastCSV reads, so that the end of the file inside a quoted field is noticed:
   * FastCSV returns such a field cut short as if it were complete (FastCSV issue 173,
   * https://github.com/osiegmar/FastCSV/issues/173). A closed quoted field holds an even number
   * of quotes (its two and each inner one doubled), a field cut off by the end of the file an odd
   * one, and an unquoted field its quotes as they are; so the file ends inside quotes exactly when
   * the quotes read and the quotes in unquoted fields differ in parity. Counting costs a
   * comparison a character, a third of following the quoting state character by character.
   */
  static final class QuoteParity extends FilterReader {
    private boolean odd;

    QuoteParity(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      int quotes = 0;
      for (int i = off, end = off + Math.max(n, 0); i < end; i++) {
        if (buf[i] == '"') {
          quotes++;
        }
      }
      odd ^= (quotes & 1) == 1;
      return n;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    boolean odd() {
      return odd;
    }
  }

  /**
   * {@link QuoteParity} for the bytes of a UTF-8 file, which counts eight bytes at a time: every
   * byte of a multi-byte UTF-8 sequence is 0x80 or above, and the decoder never takes an ASCII
   * byte into the sequence an undecodable byte is replaced with (Unicode's maximal-subpart
   * practice, which Java's UTF-8 decoder follows), so the bytes 0x22 are the quotes read. A
   * quarter of the cost of counting the characters.
   */
  static final class Utf8QuoteParity extends FilterInputStream {
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long QUOTES = 0x2222_2222_2222_2222L;
    private static final long LOW7 = 0x7F7F_7F7F_7F7F_7F7FL;
    private static final long HIGH = 0x8080_8080_8080_8080L;
    private boolean odd;

    Utf8QuoteParity(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      if (n > 0) {
        odd ^= (quotes(buf, off, n) & 1) == 1;
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b == '"') {
        odd = !odd;
      }
      return b;
    }

    /** Skips by reading, so that no quote goes uncounted. */
    @Override
    public long skip(long n) throws IOException {
      byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
      long skipped = 0;
      while (skipped < n) {
        int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
        if (r < 0) {
          break;
        }
        skipped += r;
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void mark(int readlimit) {
      // Not supported: a reset would count the bytes read again.
    }

    @Override
    public void reset() throws IOException {
      throw new IOException("mark and reset are not supported");
    }

    /** The number of bytes 0x22 in the range. */
    static int quotes(byte[] buf, int off, int len) {
      int count = 0;
      int i = off;
      for (int end = off + len - 7; i < end; i += 8) {
        long x = (long) LONGS.get(buf, i) ^ QUOTES;
        // A byte of x is zero exactly where a quote was: adding 0x7F to its low seven bits sets
        // its high bit unless all eight bits are zero, and no sum carries into the next byte.
        long nonZero = (((x & LOW7) + LOW7) | x) & HIGH;
        count += 8 - Long.bitCount(nonZero);
      }
      for (int end = off + len; i < end; i++) {
        if (buf[i] == '"') {
          count++;
        }
      }
      return count;
    }

    boolean odd() {
      return odd;
    }
  }

  /** One record as the parser hands it over. */
  static final class Row {
    final long line;
    /** The fields; null where a plain count was read into {@link #counts}. */
    final @Nullable String[] fields;
    final long @Nullable [] counts;
    /** Whether the last field was quoted. */
    final boolean lastQuoted;
    /** The first field holding a U+FFFD (an undecodable byte), or -1. */
    final int undecodable;

    Row(long line, @Nullable String[] fields, long @Nullable [] counts, boolean lastQuoted,
        int undecodable) {
      this.line = line;
      this.fields = fields;
      this.counts = counts;
      this.lastQuoted = lastQuoted;
      this.undecodable = undecodable;
    }
  }

  /**
   * Builds each record's fields as FastCSV parses them, with FastCSV's own limits on fields,
   * field size and record size. A field of a plain-count column that is only digits (perhaps
   * grouped by thousands) is read from the parser's buffer without making a string: most cells of
   * a performance export are counts, and a string per count was most of the work a mapped read did
   * beyond the parse. The encoding check is made here too, on each string as it is made.
   */
  static final class RowHandler extends AbstractBaseCsvCallbackHandler<Row> {
    // FastCSV's defaults for its own handlers (CsvRecordHandler): a 16,384-field record, a
    // 16 Mi-character field and a 64 Mi-character record at most.
    private static final int MAX_FIELDS = 16_384;
    private static final int MAX_FIELD_SIZE = 16 * 1024 * 1024;
    private static final int MAX_RECORD_SIZE = 64 * 1024 * 1024;
    private boolean @Nullable [] countColumns;
    private char groupMark = ',';
    private int undecodable;
    private @Nullable String[] fields = new String[16];
    private long @Nullable [] counts;
    private long recordSize;
    /** The previous record's width: the next record's array is that wide, so rarely copied. */
    private int width = 16;
    private boolean lastQuoted;
    private boolean unquotedQuotesOdd;

    void countColumns(boolean @Nullable [] columns, char groupMark) {
      this.countColumns = columns;
      this.groupMark = groupMark;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      fields = new String[width];
      lastQuoted = false;
      undecodable = -1;
      counts = countColumns == null ? null : new long[countColumns.length];
      recordSize = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
      if (index >= MAX_FIELDS) {
        throw new CsvParseException("the record starting at line " + getStartingLineNumber()
            + " has more than " + MAX_FIELDS + " fields");
      }
      if (length > MAX_FIELD_SIZE) {
        throw new CsvParseException("field " + (index + 1) + " of the record starting at line "
            + getStartingLineNumber() + " is longer than " + MAX_FIELD_SIZE + " characters");
      }
      recordSize += length;
      if (recordSize > MAX_RECORD_SIZE) {
        throw new CsvParseException("the record starting at line " + getStartingLineNumber()
            + " is longer than " + MAX_RECORD_SIZE + " characters");
      }
      if (index == fields.length) {
        fields = Arrays.copyOf(fields, fields.length * 2);
      }
      lastQuoted = quoted;
      boolean[] plain = countColumns;
      long[] into = counts;
      if (plain != null && into != null && index < plain.length && plain[index]) {
        long v = plainCount(buf, offset, length, groupMark);
        if (v >= 0) {
          into[index] = v;
          fields[index] = null;
          return;
        }
      }
      String field = new String(buf, offset, length);
      if (!quoted && field.indexOf('"') >= 0) {
        // A quote inside an unquoted field is text; QuoteParity counted it among the quotes read.
        unquotedQuotesOdd ^= (field.chars().filter(c -> c == '"').count() & 1) == 1;
      }
      // Free for the usual Latin-1 string, which cannot hold U+FFFD.
      if (undecodable < 0 && field.indexOf('\uFFFD') >= 0) {
        undecodable = index;
      }
      fields[index] = field;
    }

    /**
     * The count the characters write as 1 to 18 ASCII digits, perhaps in groups of three after a
     * first group of one to three, separated by {@code group} ({@code 1,234,567}); -1 for anything
     * else, which {@link NumberStyle#parseCount} then reads as text.
     */
    static long plainCount(char[] buf, int offset, int length, char group) {
      long v = 0;
      int digits = 0;
      int run = 0;
      boolean grouped = false;
      for (int i = offset, end = offset + length; i < end; i++) {
        char c = buf[i];
        int d = c - '0';
        if (d >= 0 && d <= 9) {
          if (++digits > 18) {
            return -1;
          }
          v = v * 10 + d;
          run++;
        } else if (c == group && run > 0 && (grouped ? run == 3 : run <= 3)) {
          grouped = true;
          run = 0;
        } else {
          return -1;
        }
      }
      if (run == 0 || (grouped && run != 3)) {
        return -1;
      }
      return v;
    }

    /** Whether the unquoted fields read so far held an odd number of quotes. */
    boolean unquotedQuotesOdd() {
      return unquotedQuotesOdd;
    }

    @Override
    protected Row buildRecord() {
      int n = getFieldCount();
      @Nullable String[] f = n == fields.length ? fields : Arrays.copyOf(fields, n);
      width = Math.max(n, 1);
      return new Row(getStartingLineNumber(), f, counts, lastQuoted, undecodable);
    }
  }

  private static CsvReader.CsvReaderBuilder builder(char delimiter) {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .skipEmptyLines(true);
  }

  private static CsvReport loop(CsvReader<Row> csv, RowHandler handler, BooleanSupplier quotesOdd,
      boolean checkEncoding, Sink sink) {
    CsvReport.Collector report = new CsvReport.Collector();
    Records records = new Records(sink, handler, report, checkEncoding);
    Iterator<Row> it = csv.iterator();
    // One record is held back: only once the next one is read (or the end) is it known whether
    // the file ended inside its last quoted field.
    Row pending = null;
    long lastLine = 0;
    String malformed = null;
    while (true) {
      Row next;
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
        lastLine = pending.line;
        if (next == null && malformed == null && pending.lastQuoted
            && quotesOdd.getAsBoolean() != handler.unquotedQuotesOdd()) {
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
    private final RowHandler handler;
    private final CsvReport.Collector report;
    private final boolean checkEncoding;
    private String @Nullable [] header;
    private boolean usable = true;

    Records(Sink sink, RowHandler handler, CsvReport.Collector report, boolean checkEncoding) {
      this.sink = sink;
      this.handler = handler;
      this.report = report;
      this.checkEncoding = checkEncoding;
    }

    void process(Row rec) {
      long line = rec.line;
      @Nullable String[] fields = rec.fields;
      String[] names = header;
      if (names == null) {
        // No column is counted before the header is read, so every field is text.
        names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
          names[i] = String.valueOf(fields[i]).strip();
        }
        if (names.length > 0 && names[0].startsWith("\uFEFF")) {
          names[0] = names[0].substring(1).strip();
        }
        header = names;
        usable = sink.header(names, line, report);
        if (usable) {
          handler.countColumns(sink.plainCountColumns(names.length), sink.countGroupMark());
        }
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
        int bad = rec.undecodable;
        if (bad >= 0) {
          String column = bad < names.length ? names[bad] : "#" + (bad + 1);
          report.rejected(RejectedRow.of(line, column, String.valueOf(fields[bad]),
              finding(CsvFindings.CSV_BAD_ENCODING, line, column, text("column", column))));
          return;
        }
      }
      sink.row(fields, rec.counts, line, report);
    }
  }

  private static boolean allEmpty(@Nullable String[] fields) {
    for (String f : fields) {
      // A null field held a count.
      if (f == null || !f.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Excel pads or trims trailing empty columns: extra fields empty, or missing fields unnamed. */
  private static boolean onlyEmptyBeyond(@Nullable String[] fields, String[] header) {
    if (fields.length > header.length) {
      for (int i = header.length; i < fields.length; i++) {
        String f = fields[i];
        if (f == null || !f.isEmpty()) {
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
