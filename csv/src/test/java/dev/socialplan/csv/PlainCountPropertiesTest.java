package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Plain counts read straight from the parser's buffer give the same records and the same
 * rejected rows as the same cells read as text, whatever a count cell holds: digits, padded or
 * quoted digits, separators, signs, 18 and 19 digits, missing markers, words, a column another
 * cell reads too.
 */
class PlainCountPropertiesTest {

  private static Gen<String> cells() {
    return Generate.pick(List.of("0", "7", "0012", "123456789012345678", "1234567890123456789",
        "99999999999999999999", "\"1,234\"", "\"42\"", " 5", "5 ", "-3", "+4", "", "-", "n/a",
        "1.5", "abc", "12a", "\"\"", "1e3"));
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

  private static List<Object> read(String file, PerformanceMapping mapping, boolean plain) {
    List<PerformanceRecord> records = new ArrayList<>();
    CsvReport report = plain
        ? PerformanceCsv.forEach(new StringReader(file), mapping, records::add)
        : PerformanceCsv.forEachAsText(new StringReader(file), mapping, records::add);
    return List.of(records, report.rejected(), report.rowsRead(), report.rowsAccepted());
  }

  @Test
  void plainCountsReadAsTheTextPathReadsThem() {
    qt().withExamples(2_000)
        .forAll(files())
        .checkAssert(
            file -> {
              for (PerformanceMapping mapping : List.of(PLAIN, SHARED, DIGIT_MARKER)) {
                assertThat(read(file, mapping, true)).as("%s%n%s", mapping, file)
                    .isEqualTo(read(file, mapping, false));
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
