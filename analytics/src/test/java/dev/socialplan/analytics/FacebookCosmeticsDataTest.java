package dev.socialplan.analytics;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.EngagementStatistics;
import dev.socialplan.analytics.aggregate.GroupKey;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceAnomaly;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceColumns;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.analytics.metric.Averages;
import dev.socialplan.analytics.metric.EngagementComponent;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.metric.EngagementRate;
import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.analytics.timing.BestTimeToPost;
import dev.socialplan.analytics.timing.BucketEstimate;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real post data of the UCI "Facebook metrics" data set (S. Moro, P. Rita, B. Vala, Journal of
 * Business Research 69, 2016; CC BY 4.0), read from the test resources.
 *
 * <p>Every expected figure was computed independently of this library: the missing-value counts
 * with {@code awk -F';' 'NR>1{for(i=1;i<=NF;i++) if($i=="") m[i]++} END{for(k in m) print k,
 * m[k]}'}, the rest with a Python 3 script using only the {@code csv} and {@code statistics}
 * modules (engagement = comment + Lifetime Post Consumptions + share + like, by Lifetime Post Total
 * Impressions, undefined when a part is missing; the empirical Bayes estimator re-implemented from
 * the formulas in {@link BestTimeToPost}'s Javadoc; weekday 1 taken as Sunday).
 */
class FacebookCosmeticsDataTest {
  private static EngagementDefinition facebook() {
    return EngagementDefinition.forPlatform(Platform.FACEBOOK);
  }

  private static List<FacebookCosmetics.Post> posts;
  private static List<PerformanceRecord> records;

  @BeforeAll
  static void load() {
    posts = FacebookCosmetics.load();
    records = posts.stream().map(FacebookCosmetics.Post::record).toList();
  }

  @Test
  void missingValuesAreReportedAsMissingNotZero() {
    PerformanceSummary all = PerformanceSummary.of(records);
    assertThat(all.count()).isEqualTo(500);
    // awk: column 17 (like) 1 empty, column 18 (share) 4 empty, column 7 (Paid) 1 empty.
    assertThat(all.missing(Measure.REACTIONS)).isEqualTo(1);
    assertThat(all.missing(Measure.SHARES)).isEqualTo(4);
    assertThat(all.missing(Measure.COMMENTS)).isZero();
    assertThat(all.missing(Measure.IMPRESSIONS)).isZero();
    assertThat(all.missing(Measure.VIEWS)).isEqualTo(500);
    assertThat(all.sum(Measure.IMPRESSIONS)).isEqualTo(14_792_974);
    assertThat(all.sum(Measure.REACTIONS)).isEqualTo(88_795);
    assertThat(all.sum(Measure.SHARES)).isEqualTo(13_524);
    PerformanceBreakdown byPaid = PerformanceBreakdown.of(Grouping.by(Dimension.PAID), records);
    assertThat(byPaid.get(GroupKey.empty().withPaid(PaidStatus.UNKNOWN)).orElseThrow().count())
        .isEqualTo(1);
    // Rows 112 (like and share empty), 121, 125, 165 (share empty): their rates are undefined.
    assertThat(records.stream().filter(r -> !r.engagementRate().isDefined()).map(r -> r.postId().orElseThrow()))
        .containsExactly("row 112", "row 121", "row 125", "row 165");
    EngagementRate row112 = records.get(111).engagementRate();
    assertThat(row112.missingComponents())
        .containsExactly(EngagementComponent.REACTIONS, EngagementComponent.SHARES);
  }

  @Test
  void engagementRatesByPostType() {
    Map<String, List<Ratio>> byType =
        posts.stream()
            .collect(
                groupingBy(
                    FacebookCosmetics.Post::type,
                    mapping(p -> p.record().engagementRate().rate(), toList())));
    // Python: mean of per-post rates and pooled rate over the posts with a defined rate.
    assertRates(byType.get("Photo"), 426, 4, 0.1380159566, 644_630, 12_345_180);
    assertRates(byType.get("Status"), 45, 0, 0.1171223122, 137_516, 1_091_001);
    assertRates(byType.get("Link"), 22, 0, 0.0316863216, 10_189, 631_960);
    assertRates(byType.get("Video"), 7, 0, 0.0508091896, 20_272, 718_357);
  }

  @Test
  void pooledSummaryRateIsUndefinedWhenAComponentIsMissingForSomePosts() {
    Map<String, PerformanceSummary> byType =
        posts.stream()
            .collect(
                groupingBy(
                    FacebookCosmetics.Post::type,
                    mapping(FacebookCosmetics.Post::record, PerformanceSummary.collector())));
    EngagementRate photo = byType.get("Photo").pooledEngagementRate(facebook());
    assertThat(photo.isDefined()).isFalse();
    assertThat(photo.missingComponents())
        .containsExactlyInAnyOrder(EngagementComponent.REACTIONS, EngagementComponent.SHARES);
    EngagementRate status = byType.get("Status").pooledEngagementRate(facebook());
    assertThat(status.rate()).isEqualTo(Ratio.of(137_516, 1_091_001));
  }

  /**
   * The posts whose rate is defined still pool when others lack a component: Python's {@code
   * statistics.mean} and {@code statistics.median} over the defined per-post rates, and the sums of
   * their numerators and denominators (the Status and Link posts are both TEXT here).
   */
  @Test
  void engagementStatisticsPoolOverThePostsWhoseRateIsDefined() {
    SortedMap<GroupKey, EngagementStatistics> byFormat =
        EngagementStatistics.byGroup(Grouping.by(Dimension.FORMAT), records, facebook());
    assertThat(byFormat.keySet())
        .extracting(k -> k.format().orElseThrow())
        .containsExactly(PostFormat.TEXT, PostFormat.IMAGE, PostFormat.VIDEO);
    EngagementStatistics photo = byFormat.get(GroupKey.empty().withFormat(PostFormat.IMAGE));
    assertThat(photo.posts()).isEqualTo(426);
    assertThat(photo.included()).isEqualTo(422);
    assertThat(photo.excluded()).isEqualTo(4);
    assertThat(photo.pooled()).isEqualTo(Ratio.of(644_630, 12_345_180));
    assertThat(photo.meanOfRates().value().getAsDouble()).isCloseTo(0.1380159566, within(1e-10));
    assertThat(photo.medianRate().getAsDouble()).isCloseTo(0.113367231579, within(1e-12));
    EngagementStatistics text = byFormat.get(GroupKey.empty().withFormat(PostFormat.TEXT));
    assertThat(text.included()).isEqualTo(67);
    assertThat(text.pooled()).isEqualTo(Ratio.of(147_705, 1_722_961));
    assertThat(text.meanOfRates().value().getAsDouble()).isCloseTo(0.0890687034, within(1e-10));
    assertThat(text.medianRate().getAsDouble()).isCloseTo(0.090667598742, within(1e-12));
    EngagementStatistics video = byFormat.get(GroupKey.empty().withFormat(PostFormat.VIDEO));
    assertThat(video.medianRate().getAsDouble()).isCloseTo(0.025830990574, within(1e-12));
    assertThat(video.pooled()).isEqualTo(Ratio.of(20_272, 718_357));
    // The summary's pooled rate of the same photos is undefined: a component some posts lack.
    PerformanceBreakdown breakdown = PerformanceBreakdown.of(Grouping.by(Dimension.FORMAT), records);
    assertThat(breakdown.groups().keySet()).isEqualTo(byFormat.keySet());
    assertThat(breakdown.get(GroupKey.empty().withFormat(PostFormat.IMAGE)).orElseThrow()
            .pooledEngagementRate(facebook()).isDefined())
        .isFalse();
    // Overall: the same as one group of everything.
    EngagementStatistics all = EngagementStatistics.of(records, facebook());
    assertThat(all.excluded()).isEqualTo(4);
    assertThat(EngagementStatistics.byGroup(Grouping.none(), records, facebook()).values()).containsExactly(all);
  }

  @Test
  void paidVersusOrganic() {
    PerformanceBreakdown byPaid = PerformanceBreakdown.of(Grouping.by(Dimension.PAID), records);
    PerformanceSummary organic = byPaid.get(GroupKey.empty().withPaid(PaidStatus.ORGANIC)).orElseThrow();
    PerformanceSummary paid = byPaid.get(GroupKey.empty().withPaid(PaidStatus.PAID)).orElseThrow();
    assertThat(organic.count()).isEqualTo(360);
    assertThat(paid.count()).isEqualTo(139);
    assertThat(organic.sum(Measure.IMPRESSIONS)).isEqualTo(9_592_233);
    assertThat(paid.sum(Measure.IMPRESSIONS)).isEqualTo(5_193_449);

    Map<PaidStatus, List<Ratio>> rates =
        records.stream()
            .collect(groupingBy(PerformanceRecord::paid, mapping(r -> r.engagementRate().rate(), toList())));
    assertRates(rates.get(PaidStatus.ORGANIC), 360, 4, 0.1332346568, 532_569, 9_585_757);
    assertRates(rates.get(PaidStatus.PAID), 139, 0, 0.1224190762, 279_176, 5_193_449);
    assertRates(rates.get(PaidStatus.UNKNOWN), 1, 0, 0.1182117389, 862, 7_292);
    // The columnar path gives the same breakdown.
    assertThat(PerformanceColumns.of(records).aggregate(Grouping.by(Dimension.PAID))).isEqualTo(byPaid);
  }

  @Test
  void impossibleCombinationsAreReported() {
    Map<String, Long> codes =
        records.stream()
            .flatMap(r -> r.anomalies().stream())
            .collect(Collectors.groupingBy(PerformanceAnomaly::code, Collectors.counting()));
    // Python: reach > impressions in 4 rows, consumptions > impressions in 6 rows.
    assertThat(codes)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("REACH_ABOVE_IMPRESSIONS", 4L, "CLICKS_ABOVE_IMPRESSIONS", 6L));
  }

  @Test
  void bestTimeToPost() {
    BestTimeResult result = BestTimeToPost.analyse(Platform.FACEBOOK, ZoneOffset.UTC, records);
    assertThat(result.usedFallback()).isFalse();
    assertThat(result.postsAnalysed()).isEqualTo(496);
    assertThat(result.postsWithoutRate()).isEqualTo(4);
    // Python: median 0.11176025281599695, mu 1.16475568, sigma2 1.96826748, tau2 0.56695824.
    assertThat(result.medianRate().getAsDouble()).isCloseTo(0.11176025281599695, within(1e-15));
    assertThat(result.grandMean().getAsDouble()).isCloseTo(1.1647556811, within(1e-9));
    assertThat(result.withinVariance().getAsDouble()).isCloseTo(1.9682674756, within(1e-9));
    assertThat(result.betweenVariance().getAsDouble()).isCloseTo(0.5669582421, within(1e-9));
    assertThat(result.shrinkageConstant().getAsDouble()).isCloseTo(3.4716268844, within(1e-9));
    assertThat(result.buckets()).hasSize(103);
    assertThat(result.ranked()).hasSize(63);

    BucketEstimate best = result.ranked().get(0);
    assertThat(best.timeOfWeek()).isEqualTo(TimeOfWeek.of(DayOfWeek.MONDAY, 9));
    assertThat(best.posts()).isEqualTo(4);
    assertThat(best.observedIndex()).isCloseTo(4.3344413, within(1e-6));
    assertThat(best.estimate()).isCloseTo(2.8616743, within(1e-6));
    assertThat(best.lower()).isCloseTo(2.0127249, within(1e-6));
    assertThat(best.upper()).isCloseTo(3.7106237, within(1e-6));
    assertThat(result.best(5))
        .containsExactly(
            TimeOfWeek.of(DayOfWeek.MONDAY, 9),
            TimeOfWeek.of(DayOfWeek.THURSDAY, 11),
            TimeOfWeek.of(DayOfWeek.TUESDAY, 4),
            TimeOfWeek.of(DayOfWeek.FRIDAY, 13),
            TimeOfWeek.of(DayOfWeek.SATURDAY, 12));
    assertThat(result.ranked().get(1).estimate()).isCloseTo(2.4044808, within(1e-6));

    // One viral post on Sunday 19:00 (index 13.1 × the median) is shrunk to 3.84 and not ranked.
    Map<TimeOfWeek, BucketEstimate> all =
        result.buckets().stream().collect(Collectors.toMap(BucketEstimate::timeOfWeek, Function.identity()));
    BucketEstimate viral = all.get(TimeOfWeek.of(DayOfWeek.SUNDAY, 19));
    assertThat(viral.posts()).isEqualTo(1);
    assertThat(viral.observedIndex()).isCloseTo(13.1233299, within(1e-6));
    assertThat(viral.estimate()).isCloseTo(3.8390786, within(1e-6));
    assertThat(viral.isRanked()).isFalse();
    assertThat(result.grid().weight(TimeOfWeek.of(DayOfWeek.SUNDAY, 19))).isEqualTo(viral.estimate());
  }

  private static void assertRates(
      List<Ratio> rates, int posts, int undefined, double mean, long pooledNumerator, long pooledDenominator) {
    assertThat(rates).hasSize(posts);
    assertThat(Averages.countUndefined(rates)).isEqualTo(undefined);
    assertThat(Averages.meanOfRatios(rates).value().getAsDouble()).isCloseTo(mean, within(1e-10));
    assertThat(Averages.pooled(rates)).isEqualTo(Ratio.of(pooledNumerator, pooledDenominator));
  }
}
