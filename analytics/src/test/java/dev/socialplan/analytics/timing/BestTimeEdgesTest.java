package dev.socialplan.analytics.timing;

import static dev.socialplan.analytics.timing.BestTimeToPostTest.post;
import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(result.withinVariance()).hasValue(0.0);
    assertThat(result.betweenVariance()).hasValue(0.0);
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
}
