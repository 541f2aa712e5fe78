package dev.socialplan.analytics.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.platform.Platform;
import dev.socialplan.testkit.generators.PerformanceGenerators;
import dev.socialplan.timing.TimeOfWeek;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Shrinkage, intervals and fallback hold for any history. */
class BestTimeToPostPropertiesTest {
  /** Facebook posts with all components and impressions present most of the time. */
  private static final Gen<List<PerformanceRecord>> HISTORIES =
      lists()
          .of(
              PerformanceGenerators.records(100_000, 5)
                  .map(r -> r.toBuilder().platform(Platform.FACEBOOK).build()))
          .ofSizeBetween(0, 300);

  private static final BestTimeSettings LOW_THRESHOLDS =
      BestTimeSettings.builder().minPosts(10).minRankedBuckets(1).minPostsPerBucket(2).build();

  @Test
  void estimatesLieBetweenTheBucketMeanAndTheAccountMeanInsideTheirIntervals() {
    qt().withExamples(300)
        .forAll(HISTORIES, PerformanceGenerators.zones())
        .checkAssert(
            (history, zone) -> {
              BestTimeResult r = BestTimeToPost.analyse(Platform.FACEBOOK, zone, history, LOW_THRESHOLDS);
              assertThat(r.postsAnalysed() + r.postsWithoutRate()).isEqualTo(history.size());
              if (!r.buckets().isEmpty()) {
                assertThat(r.buckets().stream().mapToInt(BucketEstimate::posts).sum())
                    .isEqualTo(r.postsAnalysed());
              }
              for (BucketEstimate b : r.buckets()) {
                double mu = r.grandMean().getAsDouble();
                double low = Math.min(mu, b.observedIndex()) - 1e-9;
                double high = Math.max(mu, b.observedIndex()) + 1e-9;
                assertThat(b.estimate()).isBetween(low, high);
                assertThat(b.shrinkageWeight()).isBetween(0.0, 1.0);
                assertThat(b.lower()).isBetween(0.0, b.estimate() + 1e-9);
                assertThat(b.upper()).isGreaterThanOrEqualTo(b.estimate() - 1e-9);
                assertThat(b.isRanked()).isEqualTo(b.posts() >= 2);
              }
              for (int i = 1; i < r.ranked().size(); i++) {
                assertThat(r.ranked().get(i - 1).estimate())
                    .isGreaterThanOrEqualTo(r.ranked().get(i).estimate());
              }
              for (int i = 0; i < TimeOfWeek.HOURS_PER_WEEK; i++) {
                assertThat(r.grid().weight(TimeOfWeek.ofIndex(i))).isGreaterThanOrEqualTo(0);
              }
            });
  }

  @Test
  void fallsBackExactlyWhenTheHistoryIsThin() {
    qt().withExamples(300)
        .forAll(HISTORIES, PerformanceGenerators.zones())
        .checkAssert(
            (history, zone) -> {
              BestTimeResult r = BestTimeToPost.analyse(Platform.FACEBOOK, zone, history, LOW_THRESHOLDS);
              boolean thin =
                  r.postsAnalysed() == 0
                      || r.medianRate().getAsDouble() == 0
                      || r.postsAnalysed() < 10
                      || r.ranked().isEmpty();
              assertThat(r.usedFallback()).isEqualTo(thin);
              if (thin) {
                assertThat(r.grid()).isEqualTo(PostingTimeDefaults.forPlatform(Platform.FACEBOOK));
              }
              assertThat(r.explanation(Locale.ENGLISH)).isNotBlank();
            });
  }
}
