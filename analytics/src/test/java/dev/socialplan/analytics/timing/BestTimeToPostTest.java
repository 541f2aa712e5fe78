package dev.socialplan.analytics.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BestTimeToPostTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final TimeOfWeek MONDAY_9 = TimeOfWeek.of(DayOfWeek.MONDAY, 9);
  private static final TimeOfWeek TUESDAY_10 = TimeOfWeek.of(DayOfWeek.TUESDAY, 10);
  private static final TimeOfWeek WEDNESDAY_11 = TimeOfWeek.of(DayOfWeek.WEDNESDAY, 11);

  /**
   * A Facebook post in Paris on the given weekday and hour of week {@code week} of 2025, whose
   * engagement rate (comments + clicks + shares + reactions ÷ impressions) is {@code reactions ÷
   * 10,000}.
   */
  static PerformanceRecord post(TimeOfWeek when, int week, long reactions) {
    LocalDateTime local =
        LocalDateTime.of(2025, 1, 6, when.hour(), 0)
            .plusWeeks(week)
            .plusDays(when.day().getValue() - 1);
    return PerformanceRecord.builder()
        .platform(Platform.FACEBOOK)
        .publishedAt(local.atZone(PARIS).toInstant())
        .format(PostFormat.IMAGE)
        .purpose(PostPurpose.ENTERTAIN)
        .impressions(10_000)
        .reactions(reactions)
        .comments(0)
        .shares(0)
        .clicks(0)
        .build();
  }

  /**
   * Monday 9:00 at 20 %, 30 %, 25 %; Tuesday 10:00 at 10 %, 12 %, 8 %, 10 %; Wednesday 11:00 at
   * 10 % and 50 %. Expected figures computed independently with Python 3 (statistics.median,
   * statistics.NormalDist) from the formulas in BestTimeToPost's Javadoc: median 0.12, μ = 1.62037,
   * σ² = 0.993056, τ² = 0.464209, k = 2.13924.
   */
  private static List<PerformanceRecord> history() {
    return List.of(
            post(MONDAY_9, 0, 2_000),
            post(MONDAY_9, 1, 3_000),
            post(MONDAY_9, 2, 2_500),
            post(TUESDAY_10, 0, 1_000),
            post(TUESDAY_10, 1, 1_200),
            post(TUESDAY_10, 2, 800),
            post(TUESDAY_10, 3, 1_000),
            post(WEDNESDAY_11, 0, 1_000),
            post(WEDNESDAY_11, 1, 5_000));
  }

  private static BestTimeSettings smallAccount() {
    return BestTimeSettings.builder().minPosts(5).minRankedBuckets(2).build();
  }

  @Test
  void shrinksThinBucketsTowardTheMeanWithTheDocumentedEstimator() {
    BestTimeResult result = BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, history(), smallAccount());
    assertThat(result.usedFallback()).isFalse();
    assertThat(result.medianRate().getAsDouble()).isCloseTo(0.12, within(1e-12));
    assertThat(result.grandMean().getAsDouble()).isCloseTo(1.6203704, within(1e-6));
    assertThat(result.withinVariance().getAsDouble()).isCloseTo(0.9930556, within(1e-6));
    assertThat(result.betweenVariance().getAsDouble()).isCloseTo(0.4642094, within(1e-6));
    assertThat(result.shrinkageConstant().getAsDouble()).isCloseTo(2.1392405, within(1e-6));

    BucketEstimate wednesday = bucket(result, WEDNESDAY_11);
    assertThat(wednesday.posts()).isEqualTo(2);
    assertThat(wednesday.observedIndex()).isCloseTo(2.5, within(1e-9));
    assertThat(wednesday.shrinkageWeight()).isCloseTo(0.4831804, within(1e-6));
    assertThat(wednesday.estimate()).isCloseTo(2.0453902, within(1e-6));
    assertThat(wednesday.lower()).isCloseTo(1.1240130, within(1e-6));
    assertThat(wednesday.upper()).isCloseTo(2.9667674, within(1e-6));
    assertThat(wednesday.isRanked()).isFalse();

    BucketEstimate monday = bucket(result, MONDAY_9);
    assertThat(monday.estimate()).isCloseTo(1.8906221, within(1e-6));
    assertThat(monday.lower()).isCloseTo(1.0828909, within(1e-6));
    assertThat(monday.upper()).isCloseTo(2.6983534, within(1e-6));
    assertThat(bucket(result, TUESDAY_10).estimate()).isCloseTo(1.1075792, within(1e-6));
  }

  @Test
  void ranksOnlyBucketsWithTheMinimumSampleAndFillsTheGrid() {
    BestTimeResult result = BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, history(), smallAccount());
    assertThat(result.ranked()).extracting(BucketEstimate::timeOfWeek).containsExactly(MONDAY_9, TUESDAY_10);
    assertThat(result.buckets())
        .extracting(BucketEstimate::timeOfWeek)
        .containsExactly(MONDAY_9, TUESDAY_10, WEDNESDAY_11);
    assertThat(result.best(1)).containsExactly(MONDAY_9);
    assertThat(result.grid().weight(MONDAY_9)).isCloseTo(1.8906221, within(1e-6));
    assertThat(result.grid().weight(TimeOfWeek.of(DayOfWeek.SUNDAY, 3)))
        .isCloseTo(result.grandMean().getAsDouble(), within(1e-12));
    assertThat(result.explanation(Locale.ENGLISH))
        .startsWith("9 Facebook posts with an engagement rate in Europe/Paris")
        .contains("median rate 12.00 %")
        .contains("k = 2.1 posts");
    assertThat(result.explanation(Locale.TAIWAN))
        .startsWith("9 則有互動率的 Facebook 貼文，時區 Europe/Paris，以互動率中位數 12.00 % 標準化")
        .endsWith("（k = 2.1 則貼文）。");

    BestTimeResult twoPerBucket =
        BestTimeToPost.analyse(
            Platform.FACEBOOK,
            PARIS,
            history(),
            BestTimeSettings.builder().from(smallAccount()).minPostsPerBucket(2).build());
    assertThat(twoPerBucket.ranked())
        .extracting(BucketEstimate::timeOfWeek)
        .containsExactly(WEDNESDAY_11, MONDAY_9, TUESDAY_10);
  }

  @Test
  void bucketsAreLocalHoursAcrossDaylightSavingChanges() {
    // Monday 9:00 in Paris is 08:00Z in winter and 07:00Z in summer: same bucket.
    List<PerformanceRecord> yearRound = new ArrayList<>();
    for (int week = 0; week < 40; week += 4) {
      yearRound.add(post(MONDAY_9, week, 1_000 + week));
    }
    BestTimeResult result =
        BestTimeToPost.analyse(
            Platform.FACEBOOK,
            PARIS,
            yearRound,
            BestTimeSettings.builder().minPosts(5).minRankedBuckets(1).build());
    assertThat(result.buckets()).extracting(BucketEstimate::timeOfWeek).containsExactly(MONDAY_9);
    assertThat(result.buckets().get(0).posts()).isEqualTo(10);
  }

  @Test
  void fallsBackToPlatformDefaultsWhenHistoryIsThinAndSaysSo() {
    BestTimeResult tooFew = BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, history());
    assertThat(tooFew.usedFallback()).isTrue();
    assertThat(tooFew.fallbackReason()).contains(FallbackReason.TOO_FEW_POSTS);
    assertThat(tooFew.grid()).isEqualTo(PostingTimeDefaults.forPlatform(Platform.FACEBOOK));
    assertThat(tooFew.explanation(Locale.ENGLISH))
        .isEqualTo(
            "9 Facebook posts with an engagement rate; at least 30 are needed: using the default"
                + " posting times.");
    assertThat(tooFew.buckets()).hasSize(3);
    assertThat(tooFew.best(1)).containsExactly(TimeOfWeek.of(DayOfWeek.MONDAY, 8));

    BestTimeResult tooFewBuckets =
        BestTimeToPost.analyse(
            Platform.FACEBOOK, PARIS, history(), BestTimeSettings.builder().minPosts(5).build());
    assertThat(tooFewBuckets.fallbackReason()).contains(FallbackReason.TOO_FEW_BUCKETS);
    assertThat(tooFewBuckets.explanation(Locale.ENGLISH)).contains("only 2 weekday-hours have at least 3 posts");

    BestTimeResult none = BestTimeToPost.analyse(Platform.INSTAGRAM, PARIS, history());
    assertThat(none.fallbackReason()).contains(FallbackReason.NO_POSTS);
    assertThat(none.postsOnOtherPlatforms()).isEqualTo(9);
    assertThat(none.grid()).isEqualTo(PostingTimeDefaults.forPlatform(Platform.INSTAGRAM));
    assertThat(none.medianRate()).isEmpty();
  }

  @Test
  void zeroMedianCannotNormaliseAndUndefinedRatesAreLeftOutAndCounted() {
    List<PerformanceRecord> silent = new ArrayList<>();
    for (int week = 0; week < 5; week++) {
      silent.add(post(MONDAY_9, week, 0));
    }
    silent.add(post(TUESDAY_10, 0, 100).toBuilder().missing(dev.socialplan.analytics.aggregate.Measure.CLICKS).build());
    BestTimeResult result = BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, silent, smallAccount());
    assertThat(result.fallbackReason()).contains(FallbackReason.MEDIAN_ENGAGEMENT_ZERO);
    assertThat(result.postsAnalysed()).isEqualTo(5);
    assertThat(result.postsWithoutRate()).isEqualTo(1);
    assertThat(result.explanation(Locale.ENGLISH)).contains("(1 left out: rate undefined)");
  }

  @Test
  void identicalBucketsAreAllPooledToTheMean() {
    List<PerformanceRecord> flat = new ArrayList<>();
    for (int week = 0; week < 3; week++) {
      flat.add(post(MONDAY_9, week, 1_000));
      flat.add(post(TUESDAY_10, week, 1_000));
    }
    BestTimeResult result = BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, flat, smallAccount());
    assertThat(result.betweenVariance()).hasValue(0.0);
    assertThat(result.shrinkageConstant()).isEmpty();
    assertThat(result.ranked()).allSatisfy(b -> assertThat(b.estimate()).isEqualTo(1.0));
    assertThat(result.explanation(Locale.ENGLISH)).contains("no difference between hours detected");
  }

  private static BucketEstimate bucket(BestTimeResult result, TimeOfWeek time) {
    return result.buckets().stream().filter(b -> b.timeOfWeek().equals(time)).findFirst().orElseThrow();
  }

  /**
   * Before the fix one record with Long.MAX_VALUE reactions and a comment made the analysis throw an
   * undeclared ArithmeticException (the engagement sum overflowed a long); now its rate is the exact
   * sum over the impressions and the analysis completes.
   */
  @Test
  void aRecordWithLongMaxValueReactionsIsAnalysed() {
    PerformanceRecord huge =
        post(MONDAY_9, 3, 0).toBuilder().reactions(Long.MAX_VALUE).comments(1).shares(Long.MAX_VALUE).build();
    List<PerformanceRecord> history = new java.util.ArrayList<>(history());
    history.add(huge);
    BestTimeResult result = BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, history, smallAccount());
    assertThat(result.postsAnalysed()).isEqualTo(history().size() + 1);
    assertThat(huge.engagementRate().rate().value().getAsDouble())
        .isEqualTo((2.0 * Long.MAX_VALUE + 1) / 10_000);
    assertThat(huge.engagementRate().engagements()).isEmpty();
  }

  private static List<PerformanceRecord> ofAccount(String account, List<PerformanceRecord> posts) {
    return posts.stream().map(p -> p.toBuilder().account(account).build()).toList();
  }

  @Test
  void eachAccountGetsItsOwnMedianAndGridAsIfAnalysedAlone() {
    List<PerformanceRecord> brand = ofAccount("brand", history());
    // A bigger account: ten times the rates, its best hour on Tuesday 10:00.
    List<PerformanceRecord> shop =
        ofAccount(
            "shop",
            List.of(
                post(MONDAY_9, 0, 900),
                post(MONDAY_9, 1, 1_100),
                post(MONDAY_9, 2, 1_000),
                post(TUESDAY_10, 0, 9_000),
                post(TUESDAY_10, 1, 8_000),
                post(TUESDAY_10, 2, 9_500),
                post(WEDNESDAY_11, 0, 1_000)));
    List<PerformanceRecord> all = new ArrayList<>(brand);
    all.addAll(shop);
    all.add(post(WEDNESDAY_11, 3, 4_000));

    var byAccount = BestTimeToPost.byAccount(Platform.FACEBOOK, PARIS, all, smallAccount());
    assertThat(byAccount).containsOnlyKeys("brand", "shop");
    BestTimeResult alone = BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, history(), smallAccount());
    BestTimeResult brandResult = byAccount.get("brand");
    assertThat(brandResult.account()).hasValue("brand");
    assertThat(brandResult.grid()).isEqualTo(alone.grid());
    assertThat(brandResult.ranked()).isEqualTo(alone.ranked());
    assertThat(brandResult.medianRate()).isEqualTo(alone.medianRate());
    // Seven posts of the shop and one without an account are left out of the brand's analysis.
    assertThat(brandResult.postsOfOtherAccounts()).isEqualTo(8);
    assertThat(brandResult.explanation(java.util.Locale.ENGLISH)).contains("Facebook (brand)");

    BestTimeResult shopResult =
        BestTimeToPost.analyse(Platform.FACEBOOK, "shop", PARIS, all, smallAccount());
    assertThat(shopResult).isEqualTo(byAccount.get("shop"));
    assertThat(shopResult.medianRate().getAsDouble()).isCloseTo(0.11, within(1e-12));
    assertThat(shopResult.best(1)).containsExactly(TUESDAY_10);
    assertThat(brandResult.best(1)).containsExactly(MONDAY_9);
    // The platform-wide analysis names no account and counts nobody as another account's.
    BestTimeResult platform = BestTimeToPost.analyse(Platform.FACEBOOK, PARIS, all, smallAccount());
    assertThat(platform.account()).isEmpty();
    assertThat(platform.postsOfOtherAccounts()).isZero();
    assertThat(platform.postsAnalysed()).isEqualTo(17);
  }
}
