package dev.socialplan.testkit.generators;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A year of posts of an agency's brands, generated deterministically by index: post {@code i} is
 * the same record every time and on every machine, so a distributed engine can generate post
 * {@code i} where it is processed (from {@code spark.range(n)}) and a test can generate the same
 * posts on one machine to compare. Brands post on five platforms; one count in ten is missing
 * (never zero in its place); a third of the posts have a spend (USD, EUR or JPY) and a tenth a
 * revenue; engagement depends on the local hour and weekday (each brand has its own best hours), so
 * best-time analyses find something.
 *
 * <p>Post {@code i} belongs to brand {@code i % brands}, named {@code brand-0000} and so on, which
 * is also the record's {@link PerformanceRecord#account() account}. Posts carry a permalink, and
 * most a campaign (three in four), a content pillar (four in five) and up to three hashtags, drawn
 * from small pools so that groupings by them have several posts per group; a tenth have no
 * average video watch time.
 *
 * <p>This class is immutable and thread-safe; it is serialisable so that engines can ship it.
 */
public final class AgencyHistory implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final List<Platform> PLATFORMS =
      List.of(Platform.FACEBOOK, Platform.INSTAGRAM, Platform.X, Platform.LINKEDIN, Platform.TIKTOK);

  private static final List<CurrencyUnit> CURRENCIES =
      List.of(CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY);

  private static final PostFormat[] FORMATS = PostFormat.values();

  private static final PostPurpose[] PURPOSES = PostPurpose.values();

  private static final PaidStatus[] PAID = PaidStatus.values();

  private static final Measure[] MEASURES = Measure.values();

  private static final long SECONDS_PER_YEAR = 365L * 24 * 3600;

  private static final List<String> CAMPAIGNS = List.of("always-on", "spring-launch", "black-friday");

  private static final List<String> PILLARS =
      List.of("education", "product", "community", "behind-the-scenes");

  private static final List<String> HASHTAGS =
      List.of("skincare", "Skincare", "newin", "howto", "sale", "teamwork", "tbt", "glow");

  /** How many brands (accounts) the history spans. */
  private final int brands;

  /** The first second of the year, in epoch seconds (UTC). */
  private final long start;

  /** The seed every post's random values derive from, with the post's index. */
  private final long seed;

  private AgencyHistory(int brands, int year, long seed) {
    this.brands = brands;
    this.start = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    this.seed = seed;
  }

  /**
   * Obtains the history of a number of brands over a year.
   *
   * @param brands how many brands, at least 1
   * @param year the year the posts were published in (UTC)
   * @param seed the seed; the same seed gives the same posts
   * @return the history
   * @throws IllegalArgumentException if brands is below 1 or the year before 1970
   */
  public static AgencyHistory of(int brands, int year, long seed) {
    if (brands < 1) {
      throw new IllegalArgumentException("brands must be at least 1: " + brands);
    }
    if (year < 1970 || year > 9998) {
      throw new IllegalArgumentException("year must be from 1970 to 9998: " + year);
    }
    return new AgencyHistory(brands, year, seed);
  }

  /**
   * Returns the number of brands.
   *
   * @return the brands
   */
  public int brands() {
    return brands;
  }

  /**
   * Returns the brand of post {@code index}.
   *
   * @param index the post's index, not negative
   * @return the brand's name, such as {@code brand-0042}
   */
  public String brand(long index) {
    return String.format(java.util.Locale.ROOT, "brand-%04d", index % brands);
  }

  /**
   * Returns post {@code index}.
   *
   * @param index the post's index, not negative
   * @return the record; its post id is {@code post-<index>}
   * @throws IllegalArgumentException if the index is negative
   */
  public PerformanceRecord record(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    long brand = index % brands;
    Platform platform = PLATFORMS.get(r.nextInt(PLATFORMS.size()));
    long second = start + r.nextLong(SECONDS_PER_YEAR);
    Instant at = Instant.ofEpochSecond(second);
    // The brand's audience prefers some hours of the week: a lift from 0.5 to 2.0.
    int hourOfWeek = (int) ((second / 3600 + 72) % 168);
    double lift = 0.5 + 1.5 * ((hourOfWeek * 31 + brand * 17) % 168) / 167.0;
    long reach = 100 + r.nextLong(100_000);
    long impressions = reach + r.nextLong(50_000);
    long clicks = (long) (reach * 0.01 * lift * r.nextDouble());
    long videoStarts = r.nextLong(10_000);
    PerformanceRecord.Builder b =
        PerformanceRecord.builder()
            .postId("post-" + index)
            .platform(platform)
            .publishedAt(at)
            .format(FORMATS[r.nextInt(FORMATS.length)])
            .purpose(PURPOSES[r.nextInt(PURPOSES.length)])
            .paid(PAID[r.nextInt(PAID.length)]);
    for (Measure m : MEASURES) {
      if (r.nextInt(10) == 0) {
        continue;
      }
      long v;
      switch (m) {
        case IMPRESSIONS:
          v = impressions;
          break;
        case REACH:
          v = reach;
          break;
        case FOLLOWERS:
          v = 1_000 + brand * 1_000;
          break;
        case CLICKS:
          v = clicks;
          break;
        case REACTIONS:
        case COMMENTS:
        case SHARES:
        case SAVES:
          v = (long) (reach * 0.01 * lift * r.nextDouble());
          break;
        case VIDEO_STARTS:
          v = videoStarts;
          break;
        case VIDEO_COMPLETIONS:
          // Never more completions than starts: generated records have no anomalies.
          v = (long) (videoStarts * r.nextDouble());
          break;
        case LINK_CLICKS:
          // A part of the clicks, and engaged people fewer than reach, for the same reason.
          v = (long) (clicks * r.nextDouble());
          break;
        case ENGAGED_USERS:
          v = (long) (reach * 0.05 * r.nextDouble());
          break;
        default:
          v = r.nextLong(10_000);
      }
      b.count(m, v);
    }
    if (r.nextInt(3) == 0) {
      CurrencyUnit c = CURRENCIES.get(r.nextInt(CURRENCIES.size()));
      b.spend(Money.ofMinor(c, r.nextLong(1_000_000)));
    }
    if (r.nextInt(10) == 0) {
      CurrencyUnit c = CURRENCIES.get(r.nextInt(CURRENCIES.size()));
      b.revenue(Money.ofMinor(c, r.nextLong(10_000_000)));
    }
    String brandName = brand(index);
    b.account(brandName).permalink("https://social.example/" + brandName + "/posts/" + index);
    if (r.nextInt(4) != 0) {
      b.campaign(CAMPAIGNS.get(r.nextInt(CAMPAIGNS.size())));
    }
    if (r.nextInt(5) != 0) {
      b.pillar(PILLARS.get(r.nextInt(PILLARS.size())));
    }
    int tags = r.nextInt(4);
    for (int t = 0; t < tags; t++) {
      // A repeated draw adds nothing (a record's hashtags are a set): some posts get fewer.
      b.addHashtag(HASHTAGS.get(r.nextInt(HASHTAGS.size())));
    }
    if (r.nextInt(10) != 0) {
      b.averageVideoWatchTime(Duration.ofMillis(r.nextLong(60_000)));
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "AgencyHistory[" + brands + " brands from " + Instant.ofEpochSecond(start) + ", seed "
        + seed + "]";
  }
}
