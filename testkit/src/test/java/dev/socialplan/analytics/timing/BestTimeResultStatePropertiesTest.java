package dev.socialplan.analytics.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.platform.Platform;
import dev.socialplan.testkit.generators.PerformanceGenerators;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every computed best-time result, and each of its buckets, is exactly what the builders build
 * from its state, explanation included.
 */
class BestTimeResultStatePropertiesTest {

  private static final Gen<List<PerformanceRecord>> HISTORIES =
      lists()
          .of(
              PerformanceGenerators.records(100_000, 5)
                  .map(r -> r.toBuilder().platform(Platform.FACEBOOK).build()))
          .ofSizeBetween(0, 200);

  private static final Gen<BestTimeSettings> SETTINGS =
      integers().between(1, 60)
          .zip(integers().between(1, 4), integers().between(1, 6),
              (posts, perBucket, buckets) ->
                  BestTimeSettings.builder()
                      .minPosts(posts)
                      .minPostsPerBucket(perBucket)
                      .minRankedBuckets(buckets)
                      .build());

  @Test
  void theBuildersRebuildEveryComputedResultFromItsState() {
    qt().withExamples(300)
        .forAll(HISTORIES, PerformanceGenerators.zones(), SETTINGS)
        .checkAssert(
            (history, zone, settings) -> {
              BestTimeResult r = BestTimeToPost.analyse(Platform.FACEBOOK, zone, history, settings);
              BestTimeResult back = rebuild(r);
              assertThat(back).isEqualTo(r).hasSameHashCodeAs(r);
              assertThat(back.explanation(Locale.ENGLISH)).isEqualTo(r.explanation(Locale.ENGLISH));
              assertThat(back.explanation(Locale.TAIWAN)).isEqualTo(r.explanation(Locale.TAIWAN));
            });
    // An account's analysis counts the posts of other accounts.
    qt().withExamples(100)
        .forAll(PerformanceGenerators.mixedRecordLists(60), PerformanceGenerators.zones())
        .checkAssert(
            (records, zone) ->
                BestTimeToPost.byAccount(Platform.FACEBOOK, zone, records)
                    .values()
                    .forEach(r -> assertThat(rebuild(r)).isEqualTo(r)));
  }

  private static BestTimeResult rebuild(BestTimeResult r) {
    BestTimeResult.Builder b =
        BestTimeResult.builder()
            .platform(r.platform())
            .account(r.account())
            .zone(r.zone())
            .grid(r.grid())
            .fallbackReason(r.fallbackReason())
            .postsAnalysed(r.postsAnalysed())
            .postsWithoutRate(r.postsWithoutRate())
            .postsOnOtherPlatforms(r.postsOnOtherPlatforms())
            .postsOfOtherAccounts(r.postsOfOtherAccounts())
            .minPosts(r.minPosts())
            .minPostsPerBucket(r.minPostsPerBucket())
            .minRankedBuckets(r.minRankedBuckets())
            .medianRate(r.medianRate())
            .grandMean(r.grandMean())
            .withinVariance(r.withinVariance())
            .betweenVariance(r.betweenVariance())
            .shrinkageConstant(r.shrinkageConstant())
            .buckets(r.buckets().stream().map(BestTimeResultStatePropertiesTest::rebuild).toList())
            .ranked(r.ranked().stream().map(BestTimeResultStatePropertiesTest::rebuild).toList());
    return b.build();
  }

  private static BucketEstimate rebuild(BucketEstimate e) {
    return BucketEstimate.builder()
        .timeOfWeek(e.timeOfWeek())
        .posts(e.posts())
        .observedIndex(e.observedIndex())
        .estimate(e.estimate())
        .shrinkageWeight(e.shrinkageWeight())
        .lower(e.lower())
        .upper(e.upper())
        .isRanked(e.isRanked())
        .build();
  }
}
