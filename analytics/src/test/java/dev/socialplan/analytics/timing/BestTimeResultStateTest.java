package dev.socialplan.analytics.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A result rebuilt from its state: the builders refuse what {@link BestTimeToPost} cannot compute,
 * naming the field and the value, and the explanation follows from the state.
 */
class BestTimeResultStateTest {

  private static final BucketEstimate MONDAY =
      bucket(DayOfWeek.MONDAY, 4, 1.5, 1.3, 0.5).build();
  private static final BucketEstimate TUESDAY =
      bucket(DayOfWeek.TUESDAY, 2, 0.6, 0.9, 0.25).build();
  private static final BucketEstimate WEDNESDAY =
      bucket(DayOfWeek.WEDNESDAY, 4, 1.5, 1.3, 0.5).build();

  private static BucketEstimate.Builder bucket(
      DayOfWeek day, int posts, double observed, double estimate, double weight) {
    return BucketEstimate.builder()
        .timeOfWeek(TimeOfWeek.of(day, 9))
        .posts(posts)
        .observedIndex(observed)
        .estimate(estimate)
        .shrinkageWeight(weight)
        .lower(Math.max(0, estimate - 0.4))
        .upper(estimate + 0.4)
        .isRanked(posts >= 3);
  }

  private static TimeOfWeekGrid grid(double mean, BucketEstimate... buckets) {
    double[] weights = new double[TimeOfWeek.HOURS_PER_WEEK];
    Arrays.fill(weights, mean);
    for (BucketEstimate b : buckets) {
      weights[b.timeOfWeek().index()] = b.estimate();
    }
    return TimeOfWeekGrid.of(weights);
  }

  /** Ten Facebook posts in three buckets, two of them ranked, with a difference between hours. */
  private static BestTimeResult.Builder ranked() {
    return BestTimeResult.builder()
        .platform(Platform.FACEBOOK)
        .zone(ZoneId.of("Asia/Taipei"))
        .postsAnalysed(10)
        .postsWithoutRate(1)
        .postsOnOtherPlatforms(2)
        .minPosts(10)
        .minPostsPerBucket(3)
        .minRankedBuckets(2)
        .medianRate(0.031)
        .grandMean(1.2)
        .withinVariance(0.3)
        .betweenVariance(0.1)
        .shrinkageConstant(0.3 / 0.1)
        .buckets(List.of(MONDAY, TUESDAY, WEDNESDAY))
        .ranked(List.of(MONDAY, WEDNESDAY))
        .grid(grid(1.2, MONDAY, TUESDAY, WEDNESDAY));
  }

  @Test
  void aConsistentStateBuildsAndExplainsItself() {
    BestTimeResult result = ranked().build();
    assertThat(result.usedFallback()).isFalse();
    assertThat(result.best(1)).containsExactly(MONDAY.timeOfWeek());
    assertThat(result.explanation(Locale.ENGLISH))
        .isEqualTo("10 Facebook posts with an engagement rate (1 left out: rate undefined) in"
            + " Asia/Taipei, normalised by the median rate 3.10 %; 2 weekday-hours with at least 3"
            + " posts ranked; thin hours shrunk toward the mean (k = 3.0 posts).");
    assertThat(ranked().build()).isEqualTo(result).hasSameHashCodeAs(result);
    BestTimeResult fewBuckets =
        ranked().minRankedBuckets(3).fallbackReason(FallbackReason.TOO_FEW_BUCKETS)
            .grid(TimeOfWeekGrid.uniform()).build();
    assertThat(fewBuckets.explanation(Locale.ENGLISH))
        .isEqualTo("10 Facebook posts with an engagement rate (1 left out: rate undefined), but only"
            + " 2 weekday-hours have at least 3 posts (3 needed): using the default posting times.");
    BestTimeResult none =
        BestTimeResult.builder().platform(Platform.FACEBOOK).account("acme")
            .zone(ZoneId.of("Asia/Taipei")).postsAnalysed(0).postsWithoutRate(0)
            .postsOnOtherPlatforms(0).postsOfOtherAccounts(4).minPosts(10).minPostsPerBucket(3)
            .minRankedBuckets(2).fallbackReason(FallbackReason.NO_POSTS)
            .grid(TimeOfWeekGrid.uniform()).build();
    assertThat(none.explanation(Locale.ENGLISH))
        .isEqualTo("No Facebook (acme) post with an engagement rate: using the default posting times.");
  }

  @Test
  void refusesAStateTheAnalysisCannotCompute() {
    refused(ranked().postsAnalysed(-1), "postsAnalysed must not be negative: -1");
    refused(ranked().postsOfOtherAccounts(3), "postsOfOtherAccounts must be 0 without an account: 3");
    refused(ranked().minRankedBuckets(169), "minRankedBuckets");
    refused(ranked().fallbackReason(FallbackReason.NO_POSTS),
        "fallbackReason must not be NO_POSTS when posts were analysed: 10");
    refused(ranked().medianRate(0), "fallbackReason must be MEDIAN_ENGAGEMENT_ZERO: absent");
    refused(ranked().medianRate(Double.NaN), "medianRate");
    refused(ranked().shrinkageConstant(2.9), "shrinkageConstant must be " + 0.3 / 0.1 + ": 2.9");
    refused(ranked().betweenVariance(-0.1), "betweenVariance");
    refused(ranked().postsAnalysed(11), "buckets must hold the 11 posts analysed: 10");
    refused(ranked().buckets(List.of(TUESDAY, MONDAY, WEDNESDAY)),
        "buckets must be in time order without repeats: MONDAY 09:00 after TUESDAY 09:00");
    refused(ranked().ranked(List.of(WEDNESDAY, MONDAY)), "ranked must be the ranked buckets, best first");
    refused(ranked().ranked(List.of(MONDAY)), "ranked must be the ranked buckets, best first");
    refused(ranked().minPostsPerBucket(2),
        "a bucket is ranked exactly when it holds minPostsPerBucket (2) posts");
    refused(ranked().minPosts(11), "fallbackReason must be TOO_FEW_POSTS: absent");
    refused(ranked().grid(TimeOfWeekGrid.uniform()), "grid must hold each bucket's estimate");
    refused(ranked().betweenVariance(0).shrinkageConstant(java.util.OptionalDouble.empty()),
        "without a difference between hours every estimate must be the mean 1.2");
    refused(ranked().withinVariance(java.util.OptionalDouble.empty()), "withinVariance must be present");
    refused(ranked().postsAnalysed(0).fallbackReason(FallbackReason.NO_POSTS),
        "medianRate must be absent: 0.031");
  }

  @Test
  void bucketsRefuseFiguresTheEstimatorCannotGive() {
    assertThatThrownBy(() -> bucket(DayOfWeek.MONDAY, 0, 1, 1, 0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("posts");
    assertThatThrownBy(() -> bucket(DayOfWeek.MONDAY, 3, 1, 1, 1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shrinkageWeight must be between 0 and 1: 1.5");
    assertThatThrownBy(() -> bucket(DayOfWeek.MONDAY, 3, Double.POSITIVE_INFINITY, 1, 0.5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("observedIndex");
    assertThatThrownBy(() -> bucket(DayOfWeek.MONDAY, 3, 1, 1, 0.5).lower(1.1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the interval must hold the estimate 1.0: [1.1, 1.4]");
    assertThatThrownBy(() -> bucket(DayOfWeek.MONDAY, 3, 1, 1, 0.5).upper(0.9).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the interval must hold the estimate 1.0: [0.6, 0.9]");
  }

  private static void refused(BestTimeResult.Builder builder, String message) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
