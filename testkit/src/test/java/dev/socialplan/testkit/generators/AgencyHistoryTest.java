package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AgencyHistoryTest {
  private static final AgencyHistory HISTORY = AgencyHistory.of(50, 2025, 1);

  @Test
  void theSamePostEveryTime() {
    assertThat(HISTORY.record(12_345)).isEqualTo(AgencyHistory.of(50, 2025, 1).record(12_345));
    assertThat(HISTORY.record(12_345)).isNotEqualTo(AgencyHistory.of(50, 2025, 2).record(12_345));
    assertThat(HISTORY.record(7).postId()).contains("post-7");
  }

  @Test
  void postsBelongToBrandsRoundRobin() {
    assertThat(HISTORY.brand(0)).isEqualTo("brand-0000");
    assertThat(HISTORY.brand(51)).isEqualTo("brand-0001");
    assertThat(HISTORY.brands()).isEqualTo(50);
    assertThat(HISTORY).hasToString("AgencyHistory[50 brands from 2025-01-01T00:00:00Z, seed 1]");
  }

  @Test
  void aYearOfPostsWithOneCountInTenMissing() {
    List<PerformanceRecord> posts =
        LongStream.range(0, 20_000).mapToObj(HISTORY::record).collect(Collectors.toList());
    assertThat(posts).allSatisfy(p -> assertThat(p.publishedAt())
        .isBetween(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-12-31T23:59:59Z")));
    PerformanceSummary s = PerformanceSummary.of(posts);
    for (Measure m : Measure.values()) {
      assertThat((double) s.missing(m) / s.count()).as("%s", m).isBetween(0.08, 0.12);
    }
    assertThat(s.spend()).hasSize(3);
    assertThat(posts.stream().map(PerformanceRecord::platform).distinct().count()).isEqualTo(5);
    assertThat(posts).allSatisfy(p -> assertThat(p.anomalies()).isEmpty());
  }

  @Test
  void refusesImpossibleArguments() {
    assertThatThrownBy(() -> AgencyHistory.of(0, 2025, 1))
        .hasMessage("brands must be at least 1: 0");
    assertThatThrownBy(() -> AgencyHistory.of(1, 1969, 1))
        .hasMessage("year must be from 1970 to 9998: 1969");
    assertThatThrownBy(() -> HISTORY.record(-1)).hasMessage("index must not be negative: -1");
  }
}
