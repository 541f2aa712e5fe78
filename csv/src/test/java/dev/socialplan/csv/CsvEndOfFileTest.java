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
    String content = "x".repeat(200_000) + "\"\"" + "y".repeat(100);
    String closed = "h\n\"" + content + "\"\n";
    String cut = "h\n\"" + content + "\n";
    assertThat(reportsCutField(CsvRows.read(new StringReader(closed), ',', new Collect())))
        .isFalse();
    assertThat(reportsCutField(CsvRows.read(new StringReader(cut), ',', new Collect()))).isTrue();
  }
}
