package dev.socialplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.metric.EngagementComponent;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.metric.EngagementDenominator;
import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.analytics.timing.BestTimeSettings;
import dev.socialplan.analytics.timing.BestTimeToPost;
import dev.socialplan.platform.Platform;
import dev.socialplan.testkit.generators.AgencyHistory;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/**
 * Best time per account and platform on Spark equals {@link BestTimeToPost}'s per-account analysis
 * on one machine ({@code analyse(platform, account, ...)}, {@code byAccount}): counts, fallback
 * reasons, explanations and ranked hours exactly, statistics and grids to 1e-12 relative (the
 * single-machine result itself depends on the order of its input at that level). Sizes: 2,000
 * brands with 200,000 posts; 100 brands under 1, 2 and 64 partitions.
 */
class BestTimeJobTest {
  private static final SparkSession SPARK = LocalSpark.session();
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final double RELATIVE = 1e-12;

  private static Map<String, Row> byAccountAndPlatform(Dataset<Row> result) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : result.collectAsList()) {
      out.put(r.getString(0) + "/" + r.getString(1), r);
    }
    return out;
  }

  private static void assertClose(Row actual, Double expected, String field) {
    int at = actual.fieldIndex(field);
    if (expected == null) {
      assertThat(actual.isNullAt(at)).as(field).isTrue();
    } else {
      assertThat(actual.getDouble(at)).as(field)
          .isCloseTo(expected, within(Math.abs(expected) * RELATIVE + 1e-300));
    }
  }

  /** Compares a Spark row with the single-machine result. */
  static void assertSame(Row actual, String account, BestTimeResult expected) {
    assertSame(actual, account, expected, java.util.Locale.ENGLISH);
  }

  static void assertSame(Row actual, String account, BestTimeResult expected,
      java.util.Locale language) {
    Row e = BestTimeJob.toRow(account, expected, language);
    for (String exact : List.of("account", "platform", "zone", "posts_analysed", "explanation",
        "posts_without_rate", "posts_on_other_platforms", "fallback_reason")) {
      assertThat(actual.<Object>getAs(exact)).as(exact).isEqualTo(e.getAs(exact));
    }
    for (String close : List.of("median_rate", "grand_mean", "within_variance",
        "between_variance", "shrinkage_constant")) {
      int at = e.fieldIndex(close);
      assertClose(actual, e.isNullAt(at) ? null : e.getDouble(at), close);
    }
    double[] grid = BestTimeJob.grid(actual).toArray();
    double[] want = expected.grid().toArray();
    for (int i = 0; i < want.length; i++) {
      assertThat(grid[i]).as("grid[%d]", i).isCloseTo(want[i], within(Math.abs(want[i]) * RELATIVE));
    }
    assertThat(BestTimeJob.best(actual, 168)).isEqualTo(expected.best(168));
    assertThat(BestTimeJob.ranked(actual))
        .isEqualTo(expected.ranked().stream().map(b -> b.timeOfWeek()).collect(Collectors.toList()));
  }

  private static Map<String, List<PerformanceRecord>> byBrand(AgencyHistory history, long n) {
    return LongStream.range(0, n).boxed().collect(Collectors.groupingBy(history::brand,
        Collectors.mapping(history::record, Collectors.toList())));
  }

  private static void assertEqualsSingleMachine(Dataset<Row> result,
      Map<String, List<PerformanceRecord>> brands, ZoneId zone, boolean bothPaths) {
    Map<String, Row> got = byAccountAndPlatform(result);
    int compared = 0;
    int ranked = 0;
    for (Map.Entry<String, List<PerformanceRecord>> brand : brands.entrySet()) {
      TreeSet<Platform> platforms = new TreeSet<>();
      brand.getValue().forEach(r -> platforms.add(r.platform()));
      for (Platform p : platforms) {
        BestTimeResult expected = BestTimeToPost.analyse(p, brand.getKey(), zone, brand.getValue());
        Row actual = got.get(brand.getKey() + "/" + p.id());
        assertThat(actual).as("%s on %s", brand.getKey(), p).isNotNull();
        assertSame(actual, brand.getKey(), expected);
        compared++;
        ranked += expected.usedFallback() ? 0 : 1;
      }
    }
    assertThat(got).hasSize(compared);
    if (bothPaths) {
      // Both paths are exercised: accounts with their own ranking and accounts that fall back.
      assertThat(ranked).isPositive().isLessThan(compared);
    }
  }

  @Test
  void twoThousandBrandsEqualTheSingleMachineResult() {
    AgencyHistory history = AgencyHistory.of(2_000, 2025, 5);
    long n = 200_000;
    Dataset<Row> result = BestTimeJob.of(TAIPEI).run(AgencyTable.of(SPARK, history, n, 7));
    // A hundred posts per brand, about twenty per platform: most fall back to the defaults.
    assertEqualsSingleMachine(result, byBrand(history, n), TAIPEI, false);
  }

  @Test
  void resultsDoNotDependOnThePartitioning() {
    AgencyHistory history = AgencyHistory.of(100, 2025, 9);
    long n = 30_000;
    Map<String, List<PerformanceRecord>> brands = byBrand(history, n);
    List<Row> first = null;
    for (int partitions : new int[] {1, 2, 64}) {
      Dataset<Row> result = BestTimeJob.of(TAIPEI).run(AgencyTable.of(SPARK, history, n, partitions));
      assertEqualsSingleMachine(result, brands, TAIPEI, true);
      List<Row> rows = result.orderBy("account", "platform").collectAsList();
      if (first == null) {
        first = rows;
      } else {
        // Sorted within each account before the analysis: the same bits for every partitioning.
        assertThat(rows).isEqualTo(first);
      }
    }
  }

  @Test
  void equalsTheSingleMachineByAccountAnalysisOfAllRecords() {
    AgencyHistory history = AgencyHistory.of(40, 2025, 4);
    long n = 20_000;
    List<PerformanceRecord> all = AgencyTable.records(history, n);
    Map<String, Row> got =
        byAccountAndPlatform(BestTimeJob.of(TAIPEI).run(AgencyTable.of(SPARK, history, n, 7)));
    int compared = 0;
    for (Platform p : new TreeSet<>(all.stream().map(PerformanceRecord::platform)
        .collect(Collectors.toList()))) {
      Map<String, BestTimeResult> expected = BestTimeToPost.byAccount(p, TAIPEI, all);
      assertThat(expected).hasSize(40);
      for (Map.Entry<String, BestTimeResult> e : expected.entrySet()) {
        Row actual = got.get(e.getKey() + "/" + p.id());
        Row want = BestTimeJob.toRow(e.getKey(), e.getValue(), java.util.Locale.ENGLISH);
        // Everything but the count of ignored records of other platforms, which on one machine
        // counts the whole input and on Spark the account's own records (see BestTimeJob).
        for (String exact : List.of("account", "platform", "zone", "posts_analysed",
            "explanation", "posts_without_rate", "fallback_reason")) {
          assertThat(actual.<Object>getAs(exact)).as(exact).isEqualTo(want.getAs(exact));
        }
        assertThat(BestTimeJob.ranked(actual)).isEqualTo(BestTimeJob.ranked(want));
        double[] grid = BestTimeJob.grid(actual).toArray();
        double[] wantGrid = e.getValue().grid().toArray();
        for (int i = 0; i < grid.length; i++) {
          assertThat(grid[i]).isCloseTo(wantGrid[i], within(Math.abs(wantGrid[i]) * RELATIVE));
        }
        assertThat(e.getValue().postsOfOtherAccounts()).isPositive();
        compared++;
      }
    }
    assertThat(compared).isEqualTo(got.size()).isEqualTo(200);
  }

  @Test
  void realDataSetAsOneAccountNamedInAnotherColumn() {
    List<PerformanceRecord> cosmetics = FacebookCosmetics.records();
    Dataset<Row> table = PerformanceTable.toTable(SPARK, cosmetics)
        .withColumn("brand", functions.lit("cosmetics")).repartition(7);
    BestTimeSettings settings = BestTimeSettings.builder().minPostsPerBucket(2).build();
    List<Row> rows = BestTimeJob.of(ZoneId.of("UTC")).withSettings(settings)
        .withAccountColumn("brand").withLocale(java.util.Locale.TAIWAN).run(table).collectAsList();
    assertThat(rows).hasSize(1);
    List<PerformanceRecord> named = cosmetics.stream()
        .map(r -> r.toBuilder().account("cosmetics").build()).collect(Collectors.toList());
    BestTimeResult expected =
        BestTimeToPost.analyse(Platform.FACEBOOK, "cosmetics", ZoneId.of("UTC"), named, settings);
    assertSame(rows.get(0), "cosmetics", expected, java.util.Locale.TAIWAN);
    assertThat(rows.get(0).getString(rows.get(0).fieldIndex("explanation")))
        .isEqualTo(expected.explanation(java.util.Locale.TAIWAN))
        .isNotEqualTo(expected.explanation(java.util.Locale.ENGLISH));
    assertThat(expected.usedFallback()).isFalse();
    // Without an account, the records are analysed together, as on one machine.
    List<Row> anonymous = BestTimeJob.of(ZoneId.of("UTC")).withSettings(settings)
        .run(PerformanceTable.toTable(SPARK, cosmetics).repartition(3)).collectAsList();
    assertThat(anonymous).hasSize(1);
    assertSame(anonymous.get(0), null,
        BestTimeToPost.analyse(Platform.FACEBOOK, ZoneId.of("UTC"), cosmetics, settings));
  }

  @Test
  void perAccountZonesAndSettingsAreApplied() {
    AgencyHistory history = AgencyHistory.of(3, 2025, 1);
    long n = 3_000;
    Map<String, List<PerformanceRecord>> brands = byBrand(history, n);
    EngagementDefinition reach =
        EngagementDefinition.of(List.of(EngagementComponent.REACTIONS),
            List.of(EngagementDenominator.REACH));
    BestTimeSettings settings = BestTimeSettings.builder().minPosts(10).engagementDefinition(reach)
        .confidenceLevel(0.8).build();
    ZoneId paris = ZoneId.of("Europe/Paris");
    BestTimeJob job = BestTimeJob.of(TAIPEI).withZones(Map.of("brand-0001", paris))
        .withSettings(settings);
    assertThat(job.zoneOf("brand-0001")).isEqualTo(paris);
    assertThat(job.zoneOf("brand-0002")).isEqualTo(TAIPEI);
    assertThat(job.settings()).isEqualTo(settings);
    Map<String, Row> got = byAccountAndPlatform(job.run(AgencyTable.of(SPARK, history, n, 2)));
    List<String> checked = new ArrayList<>();
    brands.forEach((brand, records) -> {
      ZoneId zone = brand.equals("brand-0001") ? paris : TAIPEI;
      BestTimeResult expected =
          BestTimeToPost.analyse(Platform.TIKTOK, brand, zone, records, settings);
      assertSame(got.get(brand + "/tiktok"), brand, expected);
      checked.add(brand);
    });
    assertThat(checked).hasSize(3);
  }

  @Test
  void refusesWhatItCannotShip() {
    EngagementDefinition summing =
        EngagementDefinition.forPlatform(Platform.FACEBOOK).withSumsAvailableComponents(true);
    BestTimeSettings settings = BestTimeSettings.builder().engagementDefinition(summing).build();
    assertThatThrownBy(() -> BestTimeJob.of(TAIPEI).withSettings(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("an engagement definition that sums the available components");
    Dataset<Row> noBrand = PerformanceTable.toTable(SPARK, FacebookCosmetics.records());
    assertThatThrownBy(() -> BestTimeJob.of(TAIPEI).withAccountColumn("brand").run(noBrand))
        .hasMessageStartingWith("the table lacks the column brand (its columns: post_id,");
  }
}
