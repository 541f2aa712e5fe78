package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The end of a file inside a quoted field, which FastCSV returns as if the field were closed, is
 * found from the parity of the quotes read and of the quotes in unquoted fields. Checked against a character by
 * character quoting state machine (RFC 4180 as FastCSV reads it: a quote opens a quoted field only
 * at a field's start) over random texts made of the characters that matter.
 */
class CsvEndOfFileTest {

  /** The quoting state at the end of the text, followed character by character. */
  static boolean endsInsideQuotes(String text, char delimiter) {
    final int fieldStart = 0;
    final int unquoted = 1;
    final int quoted = 2;
    final int quoteInQuoted = 3;
    int state = fieldStart;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == delimiter || c == '\n' || c == '\r';
      switch (state) {
        case quoted:
          state = c == '"' ? quoteInQuoted : quoted;
          break;
        case quoteInQuoted:
          state = c == '"' ? quoted : end ? fieldStart : unquoted;
          break;
        case unquoted:
          state = end ? fieldStart : unquoted;
          break;
        default:
          state = c == '"' ? quoted : end ? fieldStart : unquoted;
      }
    }
    return state == quoted;
  }

  private static final class Collect implements CsvRows.Sink {
    final List<String> rows = new ArrayList<>();

    @Override
    public boolean header(String[] names, long line, CsvReport.Collector report) {
      return true;
    }

    @Override
    public void row(@Nullable String[] fields, long @Nullable [] counts, long line,
        CsvReport.Collector report) {
      rows.add(String.join("|", fields));
      report.accepted();
    }

    @Override
    public void rowWithoutColumns(long line, CsvReport.Collector report) {
      throw new AssertionError("every header is usable");
    }
  }

  private static boolean reportsCutField(CsvReport report) {
    return report.rejected().stream()
        .anyMatch(r -> r.reason().code().equals(CsvFindings.CSV_MALFORMED)
            && r.message(java.util.Locale.ROOT).contains("not closed"));
  }

  private static boolean reportsStructuralError(CsvReport report) {
    return report.rejected().stream()
        .anyMatch(r -> r.reason().code().equals(CsvFindings.CSV_MALFORMED)
            && !r.message(java.util.Locale.ROOT).contains("not closed"));
  }

  private static Gen<String> texts() {
    Gen<String> piece = Generate.pick(List.of("a", "b", ",", "\"", "\"\"", "\n", "\r\n", "x,y"));
    return lists().of(piece).ofSizeBetween(0, 24).map(parts -> "h1,h2\n" + String.join("", parts));
  }

  @Test
  void aFieldCutByTheEndOfTheFileIsFoundAsTheQuotingStateSaysOverRandomTexts() {
    qt().withExamples(20_000)
        .forAll(texts())
        .checkAssert(
            text -> {
              CsvReport fromChars = CsvRows.read(new StringReader(text), ',', new Collect());
              CsvReport fromBytes = CsvRows.read(
                  new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ',', new Collect());
              if (reportsStructuralError(fromChars)) {
                // FastCSV refused a character after a closing quote: the read ended there.
                return;
              }
              boolean expected = endsInsideQuotes(text, ',');
              assertThat(reportsCutField(fromChars)).as("%s", text).isEqualTo(expected);
              assertThat(reportsCutField(fromBytes)).as("%s", text).isEqualTo(expected);
            });
  }

  @Test
  void aLongQuotedLastFieldWithInnerQuotesIsJudgedRight() {
    String content = "x".repeat(200_000) + "\"\"" + "台灣".repeat(1000) + "y".repeat(100);
    String closed = "h\n\"" + content + "\"\n";
    String cut = "h\n\"" + content + "\n";
    assertThat(reportsCutField(CsvRows.read(new StringReader(closed), ',', new Collect())))
        .isFalse();
    assertThat(reportsCutField(CsvRows.read(new StringReader(cut), ',', new Collect()))).isTrue();
    assertThat(reportsCutField(CsvRows.read(new ByteArrayInputStream(
        closed.getBytes(StandardCharsets.UTF_8)), ',', new Collect()))).isFalse();
    assertThat(reportsCutField(CsvRows.read(new ByteArrayInputStream(
        cut.getBytes(StandardCharsets.UTF_8)), ',', new Collect()))).isTrue();
  }

  /**
   * Bytes that matter to UTF-8 (quotes, ASCII, continuation bytes, leads of 2 to 4, never-valid),
   * and 0xA2, which differs from a quote in its high bit only.
   */
  private static Gen<byte[]> utf8ish() {
    Gen<Integer> b = Generate.pick(List.of(0x22, 0x22, 0x41, 0x2C, 0x0A, 0x80, 0x8F, 0xA0, 0xBF,
        0xA2, 0xC0, 0xC3, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF));
    return lists().of(b).ofSizeBetween(0, 48).map(list -> {
      byte[] out = new byte[list.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = (byte) (int) list.get(i);
      }
      return out;
    });
  }

  /**
   * The quotes counted in UTF-8 bytes are the quotes Java's decoder produces from them, valid
   * or not (an undecodable byte becomes U+FFFD without taking a quote with it), and the count
   * eight bytes at a time equals the count byte by byte from any offset.
   */
  @Test
  void quoteBytesInUtf8AreTheQuotesDecodedFromThem() {
    qt().withExamples(20_000)
        .forAll(utf8ish())
        .checkAssert(
            bytes -> {
              CsvRows.Utf8QuoteParity counted =
                  new CsvRows.Utf8QuoteParity(new ByteArrayInputStream(bytes));
              String decoded;
              try (java.io.Reader r =
                  new java.io.InputStreamReader(counted, StandardCharsets.UTF_8)) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[5];
                for (int n; (n = r.read(buf)) >= 0; ) {
                  sb.append(buf, 0, n);
                }
                decoded = sb.toString();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              long quotes = decoded.chars().filter(c -> c == '"').count();
              assertThat(counted.odd()).as("%s", java.util.Arrays.toString(bytes))
                  .isEqualTo(quotes % 2 == 1);
              for (int off = 0; off <= bytes.length; off++) {
                int naive = 0;
                for (int i = off; i < bytes.length; i++) {
                  naive += bytes[i] == '"' ? 1 : 0;
                }
                assertThat(CsvRows.Utf8QuoteParity.quotes(bytes, off, bytes.length - off))
                    .isEqualTo(naive);
              }
              assertThat(quotes).as("%s", java.util.Arrays.toString(bytes))
                  .isEqualTo(CsvRows.Utf8QuoteParity.quotes(bytes, 0, bytes.length));
            });
  }
}
