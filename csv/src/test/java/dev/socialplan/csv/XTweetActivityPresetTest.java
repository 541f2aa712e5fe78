package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * X's "tweet activity" export through its preset, on a fixture built from the header cited in
 * {@link ExportPreset#xTweetActivity()} (ropensci-org/ropensci-tweets): every field quoted, a text
 * with line breaks, emoji and doubled quotes, counts written as decimals, {@code -} for the
 * promoted measures of an organic post, an engagement rate in exponent notation. The rows are made
 * up for the test.
 */
class XTweetActivityPresetTest {

  /** A row in the export's shape: 22 organic measures then 18 promoted ones. */
  private static String row(String id, String text, String time, String[] organic, String promoted) {
    List<String> cells = new ArrayList<>(List.of(id, "https://twitter.com/acme/status/" + id, text, time));
    cells.addAll(List.of(organic));
    for (int i = 0; i < 18; i++) {
      cells.add(promoted);
    }
    StringBuilder sb = new StringBuilder();
    for (String c : cells) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append('"').append(c.replace("\"", "\"\"")).append('"');
    }
    return sb.append('\n').toString();
  }

  private static String header() {
    StringBuilder sb = new StringBuilder();
    for (String h : ExportPreset.xTweetActivity().header()) {
      sb.append(sb.length() == 0 ? "" : ",").append('"').append(h).append('"');
    }
    return sb.append('\n').toString();
  }

  // impressions, engagements, engagement rate, retweets, replies, likes, user profile clicks,
  // url clicks, hashtag clicks, detail expands, permalink clicks, app opens, app installs,
  // follows, email tweet, dial phone, media views, media engagements
  private static final String[] FIRST = {
    "2633.0", "41.0", "0.015571591340676035", "5.0", "0.0", "7.0", "3.0", "16.0", "0.0", "10.0",
    "0.0", "0", "0", "0", "0", "0", "0", "0"
  };
  private static final String[] SECOND = {
    "2718.0", "2.0", "7.358351729212656E-4", "0.0", "0.0", "2.0", "0.0", "0.0", "0.0", "0.0", "0.0",
    "0", "0", "0", "0", "0", "156", "0"
  };

  private static final String FILE =
      header()
          + row("1001", "Two new packages 🎉\n\n#restez to query \"GenBank\" locally\n#rstats",
              "2019-01-31 23:32 +0000", FIRST, "-")
          + row("1002", "Stay tuned #ozunconf18", "2019-01-08 17:47 +0000", SECOND, "120");

  @Test
  void readsTheExportShape() {
    CsvResult<PerformanceRecord> read =
        PerformanceCsv.read(new StringReader(FILE),
            ExportPreset.xTweetActivity().mapping().withAccount("acme").withPurpose(PostPurpose.EDUCATE));
    assertThat(read.report().isClean()).as("%s", read.report().rejected()).isTrue();
    assertThat(read.values()).hasSize(2);
    PerformanceRecord first = read.values().get(0);
    assertThat(first.platform()).isEqualTo(Platform.X);
    assertThat(first.postId()).hasValue("1001");
    assertThat(first.account()).hasValue("acme");
    assertThat(first.purpose()).isEqualTo(PostPurpose.EDUCATE);
    assertThat(first.permalink()).hasValue("https://twitter.com/acme/status/1001");
    assertThat(first.publishedAt()).isEqualTo(Instant.parse("2019-01-31T23:32:00Z"));
    assertThat(first.hashtags()).containsExactly("restez", "rstats");
    assertThat(first.impressions()).hasValue(2633);
    assertThat(first.reactions()).hasValue(7);
    assertThat(first.shares()).hasValue(5);
    assertThat(first.comments()).hasValue(0);
    assertThat(first.linkClicks()).hasValue(16);
    assertThat(first.clicks()).hasValue(29);
    assertThat(first.paid()).isEqualTo(PaidStatus.ORGANIC);
    // Likes + replies + retweets + clicks (+ follows, zero here) are the export's 41 engagements,
    // so X's own rate, 41 ÷ 2633, is the library's X engagement rate.
    assertThat(first.engagementRate(EngagementDefinition.forPlatform(Platform.X)).rate())
        .isEqualTo(Ratio.of(41, 2633));
    PerformanceRecord second = read.values().get(1);
    assertThat(second.paid()).isEqualTo(PaidStatus.PAID);
    assertThat(second.views()).hasValue(156);
    assertThat(second.hashtags()).containsExactly("ozunconf18");
  }

  @Test
  void theHeaderIsTheCitedOneAndHoldsEveryMappedColumn() {
    List<String> header = ExportPreset.xTweetActivity().header();
    assertThat(header).hasSize(40);
    assertThat(header.subList(0, 8))
        .containsExactly("Tweet id", "Tweet permalink", "Tweet text", "time", "impressions",
            "engagements", "engagement rate", "retweets");
    assertThat(header.get(22)).isEqualTo("promoted impressions");
    assertThat(header.get(39)).isEqualTo("promoted media engagements");
    assertThat(header).containsAll(ExportPreset.xTweetActivity().mapping().columns());
    assertThat(ExportPreset.xTweetActivity().source()).contains("ropensci-org/ropensci-tweets");
    assertThat(ExportPreset.all()).containsExactly(
        ExportPreset.uciFacebookMetrics(), ExportPreset.xTweetActivity());
  }

  @Test
  void aPromotedCellThatIsNotACountRejectsItsRow() {
    String bad = header() + row("1003", "x", "2019-01-08 17:47 +0000", SECOND, "lots");
    CsvResult<PerformanceRecord> read =
        PerformanceCsv.read(new StringReader(bad), ExportPreset.xTweetActivity().mapping());
    assertThat(read.values()).isEmpty();
    assertThat(read.report().rejected().get(0).reason().code())
        .isEqualTo(CsvFindings.CSV_NOT_A_COUNT);
    assertThat(read.report().rejected().get(0).column()).hasValue("promoted impressions");
  }
}
