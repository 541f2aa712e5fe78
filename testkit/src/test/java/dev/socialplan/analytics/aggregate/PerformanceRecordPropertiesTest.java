package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.PerformanceGenerators;
import org.junit.jupiter.api.Test;

class PerformanceRecordPropertiesTest {

  @Test
  void anomaliesAreExactlyTheViolatedBounds() {
    qt().forAll(PerformanceGenerators.recordsWithMissingFields().mix(PerformanceGenerators.records()))
        .checkAssert(
            r -> {
              boolean reach = above(r, Measure.REACH, Measure.IMPRESSIONS);
              boolean clicks = above(r, Measure.CLICKS, Measure.IMPRESSIONS);
              boolean video = above(r, Measure.VIDEO_COMPLETIONS, Measure.VIDEO_STARTS);
              boolean links = above(r, Measure.LINK_CLICKS, Measure.CLICKS);
              boolean people = above(r, Measure.ENGAGED_USERS, Measure.REACH);
              assertThat(r.anomalies())
                  .extracting(PerformanceAnomaly::code)
                  .hasSize(
                      (reach ? 1 : 0) + (clicks ? 1 : 0) + (video ? 1 : 0) + (links ? 1 : 0)
                          + (people ? 1 : 0));
              r.anomalies().forEach(a -> assertThat(a.value()).isGreaterThan(a.boundValue()));
            });
  }

  @Test
  void copiesAndEngagementInputsKeepEveryValue() {
    qt().forAll(PerformanceGenerators.recordsWithHugeCounts())
        .checkAssert(
            r -> {
              assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
              assertThat(r.engagementCounts().clicks()).isEqualTo(r.clicks());
              assertThat(r.engagementCounts().shares()).isEqualTo(r.shares());
              assertThat(r.exposure().reach()).isEqualTo(r.reach());
              assertThat(r.exposure().followers()).isEqualTo(r.followers());
              assertThat(PerformanceSummaryPropertiesTest.roundTrip(r)).isEqualTo(r);
            });
  }

  private static boolean above(PerformanceRecord r, Measure m, Measure bound) {
    return r.has(m) && r.has(bound) && r.count(m).getAsLong() > r.count(bound).getAsLong();
  }
}
