package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.GroupKey;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceColumns;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.analytics.metric.Averages;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.metric.EngagementRate;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The UCI "Facebook metrics" data set (S. Moro, P. Rita, B. Vala, Journal of Business Research 69,
 * 2016; UCI Machine Learning Repository, CC BY 4.0) read through its preset: the library's own
 * summaries reproduce the figures of {@code docs/metrics.md} (computed there with awk and Python),
 * and "engaged users ÷ reach" by post type equals a computation straight from the file's text.
 */
class UciFacebookMetricsPresetTest {
  private static final String RESOURCE = "/datasets/facebook-cosmetics-2014.csv";
  private static final EngagementDefinition FACEBOOK =
      EngagementDefinition.forPlatform(Platform.FACEBOOK);

  private static CsvResult<PerformanceRecord> read;
  private static List<PerformanceRecord> records;

  @BeforeAll
  static void readTheDataSet() throws IOException {
    try (InputStream in = UciFacebookMetricsPresetTest.class.getResourceAsStream(RESOURCE)) {
      read = PerformanceCsv.read(in, ExportPreset.uciFacebookMetrics().mapping());
    }
    records = read.values();
  }

  @Test
  void everyRowIsReadAndMissingStaysMissing() {
    assertThat(read.report().rowsRead()).isEqualTo(500);
    assertThat(read.report().isClean()).isTrue();
    PerformanceSummary all = PerformanceSummary.of(records);
    // awk: column 17 (like) 1 empty, column 18 (share) 4 empty, column 7 (Paid) 1 empty.
    assertThat(all.missing(Measure.REACTIONS)).isEqualTo(1);
    assertThat(all.missing(Measure.SHARES)).isEqualTo(4);
    assertThat(all.missing(Measure.ENGAGED_USERS)).isZero();
    assertThat(all.missing(Measure.VIEWS)).isEqualTo(500);
    assertThat(all.sum(Measure.IMPRESSIONS)).isEqualTo(14_792_974);
    assertThat(all.sum(Measure.REACTIONS)).isEqualTo(88_795);
    assertThat(all.sum(Measure.SHARES)).isEqualTo(13_524);
    assertThat(records.stream().filter(r -> r.paid() == PaidStatus.UNKNOWN)).hasSize(1);
    assertThat(records.get(0).publishedAt()).hasToString("2014-12-03T03:00:00Z");
    assertThat(records.get(0).engagedUsers()).hasValue(178);
  }

  @Test
  void engagementRatesByPostTypeMatchDocsMetrics() {
    // docs/metrics.md: Photo (426 posts, 4 undefined) 13.80 % / 5.22 %; Status (45) 11.71 % /
    // 12.60 %; Link (22) 3.17 % / 1.61 %; Video (7) 5.08 % / 2.82 %.
    Map<PostFormat, List<Ratio>> byFormat =
        records.stream()
            .collect(Collectors.groupingBy(PerformanceRecord::format,
                Collectors.mapping(r -> r.engagementRate(FACEBOOK).rate(), Collectors.toList())));
    assertRates(byFormat.get(PostFormat.IMAGE), 426, 4, 0.1380159566, 644_630, 12_345_180);
    assertRates(byFormat.get(PostFormat.TEXT), 45, 0, 0.1171223122, 137_516, 1_091_001);
    assertRates(byFormat.get(PostFormat.LINK), 22, 0, 0.0316863216, 10_189, 631_960);
    assertRates(byFormat.get(PostFormat.VIDEO), 7, 0, 0.0508091896, 20_272, 718_357);

    // The pooled rates through the library's summaries: over the posts whose rate is defined.
    List<PerformanceRecord> rated =
        records.stream().filter(r -> r.engagementRate(FACEBOOK).isDefined()).toList();
    PerformanceBreakdown byType = PerformanceBreakdown.of(Grouping.by(Dimension.FORMAT), rated);
    assertThat(pooled(byType, PostFormat.IMAGE)).isEqualTo(Ratio.of(644_630, 12_345_180));
    assertThat(pooled(byType, PostFormat.TEXT)).isEqualTo(Ratio.of(137_516, 1_091_001));
    assertThat(pooled(byType, PostFormat.LINK)).isEqualTo(Ratio.of(10_189, 631_960));
    assertThat(pooled(byType, PostFormat.VIDEO)).isEqualTo(Ratio.of(20_272, 718_357));
    assertThat(pooled(byType, PostFormat.IMAGE).asPercent().getAsDouble()).isCloseTo(5.2217, within(1e-4));
    assertThat(PerformanceColumns.of(rated).aggregate(Grouping.by(Dimension.FORMAT)))
        .isEqualTo(byType);
  }

  @Test
  void paidVersusOrganicMatchDocsMetrics() {
    Map<PaidStatus, List<Ratio>> rates =
        records.stream()
            .collect(Collectors.groupingBy(PerformanceRecord::paid,
                Collectors.mapping(r -> r.engagementRate(FACEBOOK).rate(), Collectors.toList())));
    assertRates(rates.get(PaidStatus.ORGANIC), 360, 4, 0.1332346568, 532_569, 9_585_757);
    assertRates(rates.get(PaidStatus.PAID), 139, 0, 0.1224190762, 279_176, 5_193_449);
  }

  @Test
  void engagedUsersByReachPerTypeEqualsAComputationFromTheFileText() throws IOException {
    // Independent: split the file's lines by hand and add the two columns per Type.
    Map<String, long[]> expected = new HashMap<>();
    try (InputStream in = UciFacebookMetricsPresetTest.class.getResourceAsStream(RESOURCE)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split(";", -1);
        long[] sums = expected.computeIfAbsent(f[1], t -> new long[2]);
        sums[0] += Long.parseLong(f[9]);
        sums[1] += Long.parseLong(f[7]);
      }
    }
    Map<String, PostFormat> types =
        Map.of("Photo", PostFormat.IMAGE, "Status", PostFormat.TEXT, "Link", PostFormat.LINK,
            "Video", PostFormat.VIDEO);
    PerformanceBreakdown byType = PerformanceBreakdown.of(Grouping.by(Dimension.FORMAT), records);
    EngagementDefinition people = EngagementDefinition.engagedUsersByReach();
    assertThat(byType.size()).isEqualTo(4);
    expected.forEach((type, sums) -> {
      EngagementRate rate =
          byType.get(GroupKey.empty().withFormat(types.get(type))).orElseThrow()
              .pooledEngagementRate(people);
      assertThat(rate.rate()).as(type).isEqualTo(Ratio.of(sums[0], sums[1]));
    });
    // The mean of per-post rates by type, against the same hand split.
    double photoMean =
        records.stream().filter(r -> r.format() == PostFormat.IMAGE)
            .mapToDouble(r -> r.engagementRate(people).rate().value().getAsDouble())
            .average().orElseThrow();
    assertThat(photoMean).isCloseTo(
        records.stream().filter(r -> r.format() == PostFormat.IMAGE)
            .mapToDouble(r -> (double) r.engagedUsers().getAsLong() / r.reach().getAsLong())
            .average().orElseThrow(), within(1e-15));
  }

  @Test
  void theLayoutMatchesTheCitedHeader() throws IOException {
    try (InputStream in = UciFacebookMetricsPresetTest.class.getResourceAsStream(RESOURCE)) {
      String header = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")[0];
      assertThat(List.of(header.split(";"))).isEqualTo(ExportPreset.uciFacebookMetrics().header());
    }
    assertThat(ExportPreset.uciFacebookMetrics().header())
        .containsAll(ExportPreset.uciFacebookMetrics().mapping().columns());
    assertThat(ExportPreset.uciFacebookMetrics().source()).contains("CC BY 4.0", "Moro");
  }

  private static Ratio pooled(PerformanceBreakdown b, PostFormat format) {
    return b.get(GroupKey.empty().withFormat(format)).orElseThrow().pooledEngagementRate(FACEBOOK)
        .rate();
  }

  private static void assertRates(List<Ratio> rates, int posts, int undefined, double mean,
      long pooledNumerator, long pooledDenominator) {
    assertThat(rates).hasSize(posts);
    assertThat(Averages.countUndefined(rates)).isEqualTo(undefined);
    assertThat(Averages.meanOfRatios(rates).value().getAsDouble()).isCloseTo(mean, within(1e-10));
    assertThat(Averages.pooled(rates)).isEqualTo(Ratio.of(pooledNumerator, pooledDenominator));
  }
}
