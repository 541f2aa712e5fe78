package dev.socialplan.analytics.timing;

import static dev.socialplan.analytics.timing.BestTimeToPostTest.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Best-time analysis at the edges its thresholds turn on, and its default-settings overloads. */
class BestTimeEdgesTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** Two buckets of three posts each: Monday 9:00 at 20–30 %, Tuesday 10:00 at 8–12 %. */
  private static List<PerformanceRecord> sixPosts() {
    TimeOfWeek monday = TimeOfWeek.of(DayOfWeek.MONDAY, 9);
    TimeOfWeek tuesday = TimeOfWeek.of(DayOfWeek.TUESDAY, 10);
    return List.of(
        post(monday, 0, 2_000),
        post(monday, 1, 3_000),
        post(monday, 2, 2_500),
        post(tuesday, 0, 1_000),
        post(tuesday, 1, 1_200),
        post(tuesday, 2, 800));
  }

  private static List<PerformanceRecord> ofAccount(String account, List<PerformanceRecord> posts) {
    return posts.stream().map(p -> p.toBuilder().account(account).build()).toList();
  }

  @Test
  void exactlyTheMinimumNumberOfPostsIsEnough() {
    BestTimeSettings six = BestTimeSettings.builder().minPosts(6).minRankedBuckets(2).minPostsPerBucket(3).build();
    BestTimeResult enough = BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, sixPosts(), six);
    assertThat(enough.fallbackReason()).isEmpty();
    // Median 16 %; Monday 1.25, 1.875, 1.5625 (mean 1.5625), Tuesday 0.625, 0.75, 0.5 (mean 0.625),
    // grand mean 1.09375. Within: 0.2265625 / (6 − 2) = 0.056640625. Between: mean square
    // 3 · 2 · 0.46875² = 1.318359375 over n0 = 3: (1.318359375 − 0.056640625) / 3 = 0.4205729.
    assertThat(enough.withinVariance().getAsDouble()).isCloseTo(0.056640625, within(1e-12));
    assertThat(enough.betweenVariance().getAsDouble()).isCloseTo(0.42057291666666667, within(1e-12));
    assertThat(enough.ranked()).hasSize(2);
    BestTimeSettings seven = BestTimeSettings.builder().from(six).minPosts(7).build();
    assertThat(BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, sixPosts(), seven).fallbackReason())
        .contains(FallbackReason.TOO_FEW_POSTS);
  }

  @Test
  void exactlyTheMinimumNumberOfRankedBucketsIsEnough() {
    BestTimeSettings two = BestTimeSettings.builder().minPosts(6).minRankedBuckets(2).minPostsPerBucket(3).build();
    assertThat(BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, sixPosts(), two).usedFallback()).isFalse();
    BestTimeSettings three = BestTimeSettings.builder().from(two).minRankedBuckets(3).build();
    assertThat(BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, sixPosts(), three).usedFallback()).isTrue();
  }

  @Test
  void postsAllAtOneRateHaveNoVarianceWithinBuckets() {
    List<PerformanceRecord> flat = new ArrayList<>();
    for (int week = 0; week < 3; week++) {
      flat.add(post(TimeOfWeek.of(DayOfWeek.MONDAY, 9), week, 1_000));
      flat.add(post(TimeOfWeek.of(DayOfWeek.TUESDAY, 10), week, 1_000));
    }
    BestTimeResult result =
        BestTimeToPost.analyse(
            Platform.FACEBOOK, PARIS, flat, BestTimeSettings.builder().minPosts(5).minRankedBuckets(2).build());
    assertThat(result.withinVariance().getAsDouble()).isCloseTo(0.0, within(1e-12));
    assertThat(result.betweenVariance().getAsDouble()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void theShortOverloadsUseTheStandardSettings() {
    List<PerformanceRecord> posts = ofAccount("brand", sixPosts());
    assertThat(BestTimeToPost.analyse(Platform.FACEBOOK, "brand", PARIS, posts))
        .isEqualTo(BestTimeToPost.analyse(Platform.FACEBOOK, "brand", PARIS, posts, BestTimeSettings.standard()));
    assertThat(BestTimeToPost.byAccount(Platform.FACEBOOK, PARIS, posts))
        .isEqualTo(BestTimeToPost.byAccount(Platform.FACEBOOK, PARIS, posts, BestTimeSettings.standard()))
        .containsOnlyKeys("brand");
  }

  /**
   * Each post in its own hour: no within-hour variance can be estimated, so the variance of all
   * posts stands in for it and no between-hour variance is left. Rates 10, 20, 30 % over the
   * median 20 % are 0.5, 1 and 1.5: variance (0.25 + 0 + 0.25) / 2 = 0.25.
   */
  @Test
  void postsInDistinctHoursUseTheVarianceOfAllPosts() {
    List<PerformanceRecord> spread =
        List.of(
            post(TimeOfWeek.of(DayOfWeek.MONDAY, 9), 0, 1_000),
            post(TimeOfWeek.of(DayOfWeek.TUESDAY, 9), 0, 2_000),
            post(TimeOfWeek.of(DayOfWeek.WEDNESDAY, 9), 0, 3_000));
    BestTimeResult result = BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, spread);
    assertThat(result.withinVariance().getAsDouble()).isCloseTo(0.25, within(1e-12));
    assertThat(result.betweenVariance().getAsDouble()).isCloseTo(0.0, within(1e-12));
    assertThat(result.shrinkageConstant()).isEmpty();
    assertThat(result.grandMean().getAsDouble()).isCloseTo(1.0, within(1e-12));
  }

  /** Two posts in one hour at 10 % and 30 % (0.5 and 1.5 of the median): variance 0.5, none between hours. */
  @Test
  void oneHourWithTwoPostsHasAVarianceWithinButNoneBetween() {
    TimeOfWeek monday = TimeOfWeek.of(DayOfWeek.MONDAY, 9);
    BestTimeResult result =
        BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, List.of(post(monday, 0, 1_000), post(monday, 1, 3_000)));
    assertThat(result.withinVariance().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(result.betweenVariance().getAsDouble()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void aSinglePostHasNoVariance() {
    BestTimeResult result =
        BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, List.of(post(TimeOfWeek.of(DayOfWeek.MONDAY, 9), 0, 1_000)));
    assertThat(result.withinVariance()).isEmpty();
    assertThat(result.betweenVariance()).isEmpty();
    assertThat(result.grandMean().getAsDouble()).isCloseTo(1.0, within(1e-12));
    // Without any variance the one bucket's interval is the point itself, never 0/0.
    BucketEstimate only = result.buckets().get(0);
    assertThat(only.estimate()).isCloseTo(1.0, within(1e-12));
    assertThat(only.lower()).isEqualTo(only.estimate());
    assertThat(only.upper()).isEqualTo(only.estimate());
  }

  @Test
  void theConfidenceLevelMustBeStrictlyBetweenZeroAndOne() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BestTimeSettings.builder().confidenceLevel(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidenceLevel must be strictly between 0 and 1: 0.0");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BestTimeSettings.builder().confidenceLevel(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidenceLevel must be strictly between 0 and 1: 1.0");
  }
}
