package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A builder that starts with room for one row and grows to hold hundreds, every column intact. */
class PerformanceColumnsBuilderTest {
  @Test
  void aBuilderGrownFromOneRowKeepsEveryColumnOfEveryRow() {
    List<PerformanceRecord> records =
        PerformanceColumnsTest.randomRecords(
            17, 300, Instant.parse("2024-01-01T00:00:00Z").getEpochSecond(), 2 * 366 * 86_400L);
    PerformanceColumns.Builder builder = PerformanceColumns.builder(1);
    for (PerformanceRecord r : records) {
      assertThat(builder.add(r)).isSameAs(builder);
    }
    PerformanceColumns columns = builder.build();
    assertThat(columns.size()).isEqualTo(records.size());
    for (int i = 0; i < records.size(); i++) {
      assertThat(columns.record(i)).isEqualTo(records.get(i));
    }
    assertThat(columns.summary()).isEqualTo(PerformanceSummary.of(records));
    Grouping everything = Grouping.by(ZoneId.of("Europe/Paris"), Dimension.values());
    assertThat(columns.aggregate(everything)).isEqualTo(RecordByRecord.breakdown(everything, records));
  }

  @Test
  void nanosAndWatchTimesThatEveryRowHasAreKept() {
    List<PerformanceRecord> records = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      records.add(
          Fixtures.facebookStatus().toBuilder()
              .publishedAt(Instant.parse("2025-03-04T14:30:00Z").plusNanos(1 + i * 1_000L))
              .averageVideoWatchTime(java.time.Duration.ofMillis(100 + i))
              .build());
    }
    PerformanceColumns columns = PerformanceColumns.of(records);
    for (int i = 0; i < records.size(); i++) {
      assertThat(columns.record(i)).isEqualTo(records.get(i));
    }
  }
}
