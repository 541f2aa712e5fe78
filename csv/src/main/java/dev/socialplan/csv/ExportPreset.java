package dev.socialplan.csv;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A ready mapping for a real export whose header is public: the header as the cited source shows
 * it, where it was seen, and the {@link PerformanceMapping} that reads it.
 *
 * <p>Two presets are shipped, each header copied from a public file and cited:
 *
 * <ul>
 *   <li>{@link #uciFacebookMetrics()}: the UCI "Facebook metrics" data set (a cosmetics brand's
 *       Facebook page posts of 2014; S. Moro, P. Rita, B. Vala, Journal of Business Research 69,
 *       2016, 3341–3351; <a href="https://archive.ics.uci.edu/dataset/368/facebook+metrics">UCI
 *       Machine Learning Repository</a>, CC BY 4.0).
 *   <li>{@link #xTweetActivity()}: X's (Twitter's) "tweet activity" export from
 *       analytics.twitter.com, as in the unmodified monthly files of the public repository <a
 *       href="https://github.com/ropensci-org/ropensci-tweets">ropensci-org/ropensci-tweets</a>
 *       ({@code tweet_activity_metrics_rOpenSci_20190101_20190201_en.csv}).
 * </ul>
 *
 * <p>No preset is shipped for Meta's Facebook page and Instagram post exports: no public sample
 * file of their current header was found, and a header is never guessed (see {@code docs/csv.md});
 * declare a {@link PerformanceMapping} with the columns of your own file instead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExportPreset {
  private final String name;
  private final String source;
  private final List<String> header;
  private final PerformanceMapping mapping;

  private ExportPreset(String name, String source, List<String> header, PerformanceMapping mapping) {
    this.name = name;
    this.source = source;
    this.header = List.copyOf(header);
    this.mapping = mapping;
  }

  /** The UCI data set's categories (Moro et al. 2016, section 3), read as content pillars. */
  private static final Map<String, String> UCI_PILLARS =
      Map.of("1", "action", "2", "product", "3", "inspiration");

  /** The header of the UCI "Facebook metrics" file, semicolon-separated, 19 columns. */
  private static final List<String> UCI_HEADER =
      List.of(
          "Page total likes",
          "Type",
          "Category",
          "Post Month",
          "Post Weekday",
          "Post Hour",
          "Paid",
          "Lifetime Post Total Reach",
          "Lifetime Post Total Impressions",
          "Lifetime Engaged Users",
          "Lifetime Post Consumers",
          "Lifetime Post Consumptions",
          "Lifetime Post Impressions by people who have liked your Page",
          "Lifetime Post reach by people who like your Page",
          "Lifetime People who have liked your Page and engaged with your post",
          "comment",
          "like",
          "share",
          "Total Interactions");

  /**
   * Returns the preset for the UCI "Facebook metrics" layout (semicolon-separated, 19 columns).
   *
   * <p>Mapping: Page total likes → followers; Type → format (Photo → {@code IMAGE}, Status → {@code
   * TEXT}, Link → {@code LINK}, Video → {@code VIDEO}); Category → purpose (1 "action" → {@code
   * PROMOTE}, 2 "product" → {@code PROMOTE}, 3 "inspiration" → {@code ENTERTAIN}) and → content
   * pillar, by the category's name in the source ({@code action}: special offers and contests,
   * {@code product}: direct advertisement, {@code inspiration}: brand content that is not an
   * explicit advertisement); Paid → paid
   * (0, 1; empty is unknown); Lifetime Post Total Reach → reach; Lifetime Post Total Impressions →
   * impressions; Lifetime Engaged Users → engaged users; Lifetime Post Consumptions → clicks (Facebook
   * counts a click on the post as a consumption); comment, like, share → comments, reactions,
   * shares. Total Interactions (comment + like + share) and the by-fans columns are not read.
   *
   * <p>The file has no date, only month, weekday and hour of 2014, and no zone. The publication
   * instant is taken as the first such weekday of the month, at the hour, in UTC, with weekday 1
   * as Sunday (the source does not say; this choice puts the latest post on Wednesday 31
   * December 2014). Weekday × hour groupings are therefore exact and days are not.
   *
   * @return the preset
   */
  public static ExportPreset uciFacebookMetrics() {
    PerformanceMapping mapping =
        PerformanceMapping.builder()
            .delimiter(';')
            .platform(Platform.FACEBOOK)
            .count("Page total likes", Measure.FOLLOWERS)
            .format(
                "Type",
                Map.of(
                    "Photo", PostFormat.IMAGE,
                    "Status", PostFormat.TEXT,
                    "Link", PostFormat.LINK,
                    "Video", PostFormat.VIDEO))
            .purpose(
                "Category",
                Map.of("1", PostPurpose.PROMOTE, "2", PostPurpose.PROMOTE, "3", PostPurpose.ENTERTAIN))
            .publishedAt(
                List.of("Post Month", "Post Weekday", "Post Hour"), ExportPreset::uciInstant)
            .custom(
                new PerformanceMapping.Single("pillar", "Category", false) {
                  @Override
                  void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m)
                      throws CellProblem {
                    b.pillar(PerformanceMapping.lookup(columns.get(0), value, UCI_PILLARS));
                  }
                })
            .paid("Paid", Map.of("0", PaidStatus.ORGANIC, "1", PaidStatus.PAID))
            .count("Lifetime Post Total Reach", Measure.REACH)
            .count("Lifetime Post Total Impressions", Measure.IMPRESSIONS)
            .count("Lifetime Engaged Users", Measure.ENGAGED_USERS)
            .count("Lifetime Post Consumptions", Measure.CLICKS)
            .count("comment", Measure.COMMENTS)
            .count("like", Measure.REACTIONS)
            .count("share", Measure.SHARES)
            .build();
    return new ExportPreset(
        "UCI Facebook metrics",
        "S. Moro, P. Rita, B. Vala, \"Predicting social media performance metrics and evaluation of"
            + " the impact on brand building: A data mining approach\", Journal of Business Research"
            + " 69 (2016) 3341–3351; UCI Machine Learning Repository, \"Facebook metrics\","
            + " https://archive.ics.uci.edu/dataset/368/facebook+metrics, CC BY 4.0",
        UCI_HEADER,
        mapping);
  }

  private static java.time.Instant uciInstant(String[] monthWeekdayHour) {
    int month = Integer.parseInt(monthWeekdayHour[0].strip());
    int weekday = Integer.parseInt(monthWeekdayHour[1].strip());
    int hour = Integer.parseInt(monthWeekdayHour[2].strip());
    if (weekday < 1 || weekday > 7) {
      throw new IllegalArgumentException("weekday must be 1 to 7: " + weekday);
    }
    DayOfWeek day = DayOfWeek.SUNDAY.plus(weekday - 1L);
    LocalDate date = LocalDate.of(2014, month, 1).with(TemporalAdjusters.firstInMonth(day));
    return date.atTime(hour, 0).toInstant(ZoneOffset.UTC);
  }

  /** The 18 measures of X's export, repeated with the prefix "promoted " for promoted tweets. */
  private static final List<String> X_MEASURES =
      List.of(
          "impressions",
          "engagements",
          "engagement rate",
          "retweets",
          "replies",
          "likes",
          "user profile clicks",
          "url clicks",
          "hashtag clicks",
          "detail expands",
          "permalink clicks",
          "app opens",
          "app installs",
          "follows",
          "email tweet",
          "dial phone",
          "media views",
          "media engagements");

  private static List<String> xHeader() {
    List<String> h = new java.util.ArrayList<>(List.of("Tweet id", "Tweet permalink", "Tweet text", "time"));
    h.addAll(X_MEASURES);
    for (String m : X_MEASURES) {
      h.add("promoted " + m);
    }
    return h;
  }

  /**
   * Returns the preset for X's "tweet activity" export (comma-separated, every field quoted, 40
   * columns; {@code -} for the promoted measures of an organic post).
   *
   * <p>Mapping: Tweet id → post id; Tweet permalink → permalink; the hashtags found in Tweet text;
   * time ({@code 2019-01-31 23:32 +0000}) → publication instant; impressions; likes → reactions;
   * replies → comments; retweets → shares; url clicks → link clicks; follows; media views → views;
   * clicks as the sum of user profile clicks, url clicks, hashtag clicks, detail expands, permalink
   * clicks, app opens, app installs, email tweet, dial phone and media engagements (with likes,
   * replies, retweets and follows they add up to the file's engagements). A row whose promoted
   * impressions is a number is {@code PAID}, one with {@code -} there {@code ORGANIC}; the organic
   * columns are read in both cases (the export repeats promoted activity in them).
   *
   * <p>The export says neither the format nor the purpose of a post: the preset reads every row as
   * {@code TEXT} and {@code INFORM} ({@link PerformanceMapping#withPurpose} sets another purpose),
   * and the account is in the file's name only ({@link PerformanceMapping#withAccount}). Counts
   * written as decimals ({@code 2633.0}) are read as counts.
   *
   * @return the preset
   */
  public static ExportPreset xTweetActivity() {
    PerformanceMapping mapping =
        PerformanceMapping.builder()
            .delimiter(',')
            .platform(Platform.X)
            .format(PostFormat.TEXT)
            .purpose(PostPurpose.INFORM)
            .paid(PaidStatus.ORGANIC)
            .postId("Tweet id")
            .permalink("Tweet permalink")
            .hashtagsInText("Tweet text")
            .publishedAt("time", DateTimeStyle.of(ZoneOffset.UTC, "yyyy-MM-dd HH:mm Z"))
            .count("impressions", Measure.IMPRESSIONS)
            .count("likes", Measure.REACTIONS)
            .count("replies", Measure.COMMENTS)
            .count("retweets", Measure.SHARES)
            .count("url clicks", Measure.LINK_CLICKS)
            .count("follows", Measure.FOLLOWS)
            .count("media views", Measure.VIEWS)
            .countSum(
                Measure.CLICKS,
                "user profile clicks",
                "url clicks",
                "hashtag clicks",
                "detail expands",
                "permalink clicks",
                "app opens",
                "app installs",
                "email tweet",
                "dial phone",
                "media engagements")
            .custom(
                new PerformanceMapping.Single("promoted", "promoted impressions", false) {
                  @Override
                  void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m)
                      throws CellProblem {
                    PerformanceMapping.parseCount(columns.get(0), value, m.numbers());
                    b.paid(PaidStatus.PAID);
                  }
                })
            .build();
    return new ExportPreset(
        "X tweet activity",
        "X (Twitter) analytics \"tweet activity\" export, header as in the unmodified files of"
            + " https://github.com/ropensci-org/ropensci-tweets"
            + " (tweet_activity_metrics_rOpenSci_20190101_20190201_en.csv)",
        xHeader(),
        mapping);
  }

  /**
   * Returns every shipped preset.
   *
   * @return the UCI and X presets
   */
  public static List<ExportPreset> all() {
    return List.of(uciFacebookMetrics(), xTweetActivity());
  }

  /**
   * Returns the preset's name.
   *
   * @return the name, such as {@code "X tweet activity"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns where the header was seen: the public file or publication, with its address.
   *
   * @return the citation
   */
  public String source() {
    return source;
  }

  /**
   * Returns the export's whole header as the source shows it, in order.
   *
   * @return the column names
   */
  public List<String> header() {
    return header;
  }

  /**
   * Returns the mapping that reads the export.
   *
   * @return the mapping
   */
  public PerformanceMapping mapping() {
    return mapping;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ExportPreset && name.equals(((ExportPreset) obj).name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }

  /**
   * Returns the preset's name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
