package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Plain counts read straight from the parser's buffer give the same records and the same
 * rejected rows as the same cells read as text, whatever a count cell holds: digits, padded or
 * quoted digits, thousands separators well and badly placed, decimals, signs, 18 and 19 digits,
 * missing markers (a digit one, a grouped one), words, undecodable text, a column another cell
 * reads too, the decimal-comma style.
 */
class PlainCountPropertiesTest {

  private static Gen<String> cells() {
    return Generate.pick(List.of("0", "7", "0012", "123456789012345678", "1234567890123456789",
        "99999999999999999999", "\"1,234\"", "\"42\"", " 5", "5 ", "-3", "+4", "", "-", "n/a",
        "1.5", "abc", "12a", "\"\"", "1e3", "\"1,234,567\"", "\"0,000\"", "\"12,34\"",
        "\"1,2345\"", "\",123\"", "\"123,\"", "\"1,,234\"", "\"1234,567\"", "1.234", "1.234.567",
        "\"1,234.0\"", "1 234", "\"123,456,789,012,345,678\"", "\"1,234,567,890,123,456,789\"",
        "\"1,000\"", "\"-\"", "1\uFFFD", "\"1,\uFFFD34\""));
  }

  private static Gen<String> files() {
    Gen<String> row = lists().of(cells()).ofSize(3)
        .map(c -> "Facebook,2025-03-04 09:30," + String.join(",", c) + ",acme\n");
    return lists().of(row).ofSizeBetween(0, 12)
        .map(rows -> "platform,time,reach,impressions,clicks,account\n" + String.join("", rows));
  }

  /** Three count columns between a platform, a time and an account. */
  private static PerformanceMapping.Builder counts() {
    return PerformanceMapping.builder()
        .platform("platform")
        .publishedAt("time", DateTimeStyle.standard(java.time.ZoneOffset.UTC))
        .format(dev.socialplan.platform.PostFormat.TEXT)
        .purpose(dev.socialplan.content.PostPurpose.INFORM)
        .count("reach", Measure.REACH)
        .count("impressions", Measure.IMPRESSIONS)
        .count("clicks", Measure.CLICKS)
        .account("account");
  }

  private static final PerformanceMapping PLAIN = counts().missingMarkers("-", "n/a").build();

  /** The impressions column is also the campaign: it is not a plain count column then. */
  private static final PerformanceMapping SHARED = counts().campaign("impressions").build();

  /** A digit missing marker: plain counts must be compared with it, so none is read plain. */
  private static final PerformanceMapping DIGIT_MARKER = counts().missingMarkers("0").build();

  /** A grouped missing marker, just as much a possible plain count. */
  private static final PerformanceMapping GROUPED_MARKER = counts().missingMarkers("1,000").build();

  /** Points separate thousands, commas mark decimals. */
  private static final PerformanceMapping DECIMAL_COMMA =
      counts().numbers(NumberStyle.decimalComma()).build();

  private static final List<PerformanceMapping> MAPPINGS =
      List.of(PLAIN, SHARED, DIGIT_MARKER, GROUPED_MARKER, DECIMAL_COMMA);

  private static List<Object> read(String file, PerformanceMapping mapping, boolean plain) {
    List<PerformanceRecord> records = new ArrayList<>();
    CsvReport report = plain
        ? PerformanceCsv.forEach(new StringReader(file), mapping, records::add)
        : PerformanceCsv.forEachAsText(new StringReader(file), mapping, records::add);
    return List.of(records, report.rejected(), report.rowsRead(), report.rowsAccepted());
  }

  /** The same from UTF-8 bytes, where a U+FFFD rejects its row for its encoding. */
  private static List<Object> readBytes(String file, PerformanceMapping mapping, boolean plain) {
    List<PerformanceRecord> records = new ArrayList<>();
    ByteArrayInputStream in = new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8));
    CsvReport report = plain
        ? PerformanceCsv.forEach(in, mapping, records::add)
        : PerformanceCsv.forEachAsText(in, mapping, records::add);
    return List.of(records, report.rejected(), report.rowsRead(), report.rowsAccepted());
  }

  @Test
  void plainCountsReadAsTheTextPathReadsThem() {
    qt().withExamples(2_000)
        .forAll(files())
        .checkAssert(
            file -> {
              for (PerformanceMapping mapping : MAPPINGS) {
                assertThat(read(file, mapping, true)).as("%s%n%s", mapping, file)
                    .isEqualTo(read(file, mapping, false));
                assertThat(readBytes(file, mapping, true)).as("%s%n%s", mapping, file)
                    .isEqualTo(readBytes(file, mapping, false));
              }
            });
  }

  /**
   * Read from bytes, a row is rejected for its encoding exactly when one of its cells holds a
   * U+FFFD, naming the first such column: the check made as each field's string is made agrees
   * with scanning the row's cells afterwards.
   */
  @Test
  void theFirstUndecodableCellRejectsItsRow() {
    qt().withExamples(1_000)
        .forAll(files())
        .checkAssert(
            file -> {
              List<String> lines = List.of(file.split("\n"));
              String[] header = lines.get(0).split(",");
              List<String> expected = new ArrayList<>();
              for (int i = 1; i < lines.size(); i++) {
                // No generated cell holds a line break, and only the quoted counts hold a comma.
                String[] cells = lines.get(i).replaceAll("\"[^\"]*\"", "q").split(",", -1);
                String[] raw = lines.get(i).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                for (int c = 0; c < raw.length; c++) {
                  if (raw[c].indexOf('\uFFFD') >= 0) {
                    expected.add((i + 1) + " " + header[c]);
                    break;
                  }
                }
                assertThat(raw).as(lines.get(i)).hasSameSizeAs(cells);
              }
              CsvReport report = PerformanceCsv.forEach(
                  new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), PLAIN, r -> { });
              List<String> rejected = new ArrayList<>();
              for (RejectedRow row : report.rejected()) {
                if (row.reason().code().equals(CsvFindings.CSV_BAD_ENCODING)) {
                  rejected.add(row.line() + " " + row.column().orElseThrow());
                }
              }
              assertThat(rejected).as(file).isEqualTo(expected);
            });
  }

  @Test
  void groupedCountsAreReadFromTheBufferAsNumberStyleReadsThem() {
    qt().withExamples(5_000)
        .forAll(lists().of(Generate.pick(List.of("0", "1", "9", ",", ".", " ", "-"))).ofSizeBetween(0, 30)
            .map(cs -> String.join("", cs)))
        .checkAssert(
            text -> {
              for (NumberStyle style : List.of(NumberStyle.standard(), NumberStyle.decimalComma())) {
                char[] buf = ("xx" + text + "yy").toCharArray();
                long fast = CsvRows.RowHandler.plainCount(buf, 2, text.length(), style.groupMark());
                if (fast >= 0) {
                  assertThat(fast).as("%s %s", text, style).isEqualTo(style.parseCount(text));
                }
              }
            });
  }

  @Test
  void aDigitMissingMarkerStillMarksACountMissing() {
    String file = "platform,time,reach,impressions,clicks,account\n"
        + "Facebook,2025-03-04 09:30,0,10,0,acme\n";
    PerformanceRecord r = PerformanceCsv.read(new StringReader(file), DIGIT_MARKER).values().get(0);
    assertThat(r.count(Measure.REACH)).isEmpty();
    assertThat(r.count(Measure.IMPRESSIONS)).hasValue(10);
  }
}
