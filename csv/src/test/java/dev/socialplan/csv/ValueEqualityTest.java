package dev.socialplan.csv;

import com.google.common.testing.EqualsTester;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The csv module's hand-written equals methods, checked with guava-testlib's EqualsTester. */
class ValueEqualityTest {

  @Test
  void numberStylesAreEqualByTheirDecimalMark() {
    new EqualsTester()
        .addEqualityGroup(NumberStyle.standard(), NumberStyle.standard())
        .addEqualityGroup(NumberStyle.decimalComma())
        .testEquals();
  }

  @Test
  void dateTimeStylesAreEqualByZoneAndPatterns() {
    ZoneId taipei = ZoneId.of("Asia/Taipei");
    new EqualsTester()
        .addEqualityGroup(
            DateTimeStyle.of(taipei, "yyyy-MM-dd HH:mm"), DateTimeStyle.of(taipei, "yyyy-MM-dd HH:mm"))
        .addEqualityGroup(DateTimeStyle.of(ZoneOffset.UTC, "yyyy-MM-dd HH:mm"))
        .addEqualityGroup(DateTimeStyle.of(taipei, "M/d/yyyy H:mm"))
        .addEqualityGroup(DateTimeStyle.standard(taipei))
        .testEquals();
  }

  @Test
  void rejectedRowsAreEqualByLineColumnValueAndReason() {
    Finding empty =
        Finding.of(
            CsvFindings.CSV_REQUIRED_EMPTY, "line[3].column[reach]", FindingArgument.text("column", "reach"));
    Finding other =
        Finding.of(
            CsvFindings.CSV_REQUIRED_EMPTY, "line[3].column[likes]", FindingArgument.text("column", "likes"));
    new EqualsTester()
        .addEqualityGroup(RejectedRow.of(3, "reach", "", empty), RejectedRow.of(3, "reach", "", empty))
        .addEqualityGroup(RejectedRow.of(4, "reach", "", empty))
        .addEqualityGroup(RejectedRow.of(3, "likes", "", empty))
        .addEqualityGroup(RejectedRow.of(3, "reach", " ", empty))
        .addEqualityGroup(RejectedRow.of(3, "reach", "", other))
        .addEqualityGroup(RejectedRow.of(3, empty))
        .testEquals();
  }

  @Test
  void presetsAreEqualByName() {
    new EqualsTester()
        .addEqualityGroup(ExportPreset.xTweetActivity(), ExportPreset.xTweetActivity())
        .addEqualityGroup(ExportPreset.uciFacebookMetrics())
        .testEquals();
  }
}
