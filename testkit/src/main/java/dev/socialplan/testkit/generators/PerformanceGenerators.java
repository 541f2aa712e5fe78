package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.MoneyMeasure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code dev.socialplan.analytics.aggregate} package: performance
 * records with missing fields, huge counts and several currencies, lists of them, and groupings.
 * Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class PerformanceGenerators {

  private PerformanceGenerators() {}

  /**
   * The largest count {@link #recordsWithHugeCounts()} generates: 10<sup>15</sup>, so that up to
   * 9,000 such records still sum within a {@code long}.
   */
  public static final long HUGE_COUNT = 1_000_000_000_000_000L;

  /** The largest count {@link #records()} generates. */
  public static final long ORDINARY_COUNT = 1_000_000_000L;

  private static final List<Platform> PLATFORMS =
      List.of(
          Platform.FACEBOOK,
          Platform.INSTAGRAM,
          Platform.X,
          Platform.LINKEDIN,
          Platform.TIKTOK,
          Platform.of("xiaohongshu"),
          Platform.of("line"));

  private static final List<CurrencyUnit> CURRENCIES =
      List.of(CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY, CurrencyUnit.of("TWD"));

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/Paris"),
          ZoneId.of("Asia/Taipei"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Pacific/Chatham"));

  private static final List<String> ACCOUNTS = List.of("acme", "acme.tw", "@acme_jp", "1234567890");

  private static final List<String> CAMPAIGNS = List.of("spring sale", "launch", "永續");

  private static final List<String> PILLARS = List.of("tips", "behind the scenes", "product");

  private static final List<String> HASHTAGS =
      List.of("skincare", "Skincare", "sale", "台灣", "new_in", "glow2025");

  private static final long FROM_2010 = Instant.parse("2010-01-01T00:00:00Z").getEpochSecond();
  private static final long TO_2030 = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  /**
   * Generates platforms: well-known ones and two custom ids.
   *
   * @return platforms
   */
  public static Gen<Platform> platforms() {
    return Generate.pick(PLATFORMS);
  }

  /**
   * Generates time zones with and without daylight saving, whole, half and three-quarter hour
   * offsets.
   *
   * @return zones
   */
  public static Gen<ZoneId> zones() {
    return Generate.pick(ZONES);
  }

  /**
   * Generates publication instants: mostly 2010–2029 (with DST changes and year ends), a tenth
   * anywhere from 1970 to the end of 9999; nanoseconds half of the time.
   *
   * @return instants a {@link PerformanceRecord} accepts
   */
  public static Gen<Instant> publicationInstants() {
    Gen<Long> seconds =
        Generate.longRange(FROM_2010, TO_2030).mix(Generate.longRange(0, LAST_SECOND), 10);
    Gen<Integer> nanos = Generate.booleans().zip(Generate.range(0, 999_999_999), (b, n) -> b ? n : 0);
    return seconds.zip(nanos, Instant::ofEpochSecond);
  }

  /**
   * Generates counts from 0 to {@code max}, zero and small counts often.
   *
   * @param max the largest count
   * @return counts
   */
  public static Gen<Long> counts(long max) {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(1, Generate.constant(0L)),
        org.quicktheories.api.Pair.of(3, Generate.longRange(0, Math.min(max, 1_000))),
        org.quicktheories.api.Pair.of(4, Generate.longRange(0, max)));
  }

  /**
   * Generates amounts in four currencies (JPY has no minor unit), zero included.
   *
   * @return non-negative amounts
   */
  public static Gen<Money> amounts() {
    return Generate.pick(CURRENCIES)
        .zip(Generate.longRange(0, 10_000_000_000L), (c, minor) -> Money.ofMinor(c, minor));
  }

  /**
   * Generates records with counts up to {@link #ORDINARY_COUNT}, each count and amount missing a
   * third of the time.
   *
   * @return records
   */
  public static Gen<PerformanceRecord> records() {
    return records(ORDINARY_COUNT, 33);
  }

  /**
   * Generates records with counts up to {@link #HUGE_COUNT}, each count and amount missing a third of
   * the time.
   *
   * @return records with huge counts
   */
  public static Gen<PerformanceRecord> recordsWithHugeCounts() {
    return records(HUGE_COUNT, 33);
  }

  /**
   * Generates records with most values missing: each count and amount missing 80 % of the time.
   *
   * @return sparse records
   */
  public static Gen<PerformanceRecord> recordsWithMissingFields() {
    return records(ORDINARY_COUNT, 80);
  }

  /**
   * Generates records: besides counts and amounts, an account, a campaign and a pillar from small
   * pools (each missing a quarter of the time), zero to three hashtags (some differing only by
   * case), a permalink and an average video watch time now and then.
   *
   * @param maxCount the largest count
   * @param percentMissing how often each count and amount is missing, 0 to 100
   * @return records
   */
  public static Gen<PerformanceRecord> records(long maxCount, int percentMissing) {
    Gen<Boolean> missing = Generate.range(1, 100).map(p -> p <= percentMissing);
    Gen<Long> count = counts(maxCount);
    Gen<Money> amount = amounts();
    Gen<PostFormat> formats = Generate.enumValues(PostFormat.class);
    Gen<PostPurpose> purposes = Generate.enumValues(PostPurpose.class);
    Gen<PaidStatus> paid = Generate.enumValues(PaidStatus.class);
    Gen<Instant> instants = publicationInstants();
    Gen<Platform> platforms = platforms();
    Gen<Integer> ids = Generate.range(0, 50);
    Gen<Integer> labels = Generate.range(0, 99);
    Gen<Integer> tagCounts = Generate.range(0, 3);
    return in -> {
      PerformanceRecord.Builder b =
          PerformanceRecord.builder()
              .platform(platforms.generate(in))
              .publishedAt(instants.generate(in))
              .format(formats.generate(in))
              .purpose(purposes.generate(in))
              .paid(paid.generate(in));
      for (Measure m : Measure.values()) {
        boolean absent = missing.generate(in);
        long value = count.generate(in);
        if (!absent) {
          b.count(m, value);
        }
      }
      for (MoneyMeasure m : MoneyMeasure.values()) {
        boolean absent = missing.generate(in);
        Money value = amount.generate(in);
        if (!absent) {
          b.amount(m, value);
        }
      }
      int id = ids.generate(in);
      if (id < 5) {
        b.postId("post-" + id);
      }
      label(ACCOUNTS, labels.generate(in)).ifPresent(b::account);
      label(CAMPAIGNS, labels.generate(in)).ifPresent(b::campaign);
      label(PILLARS, labels.generate(in)).ifPresent(b::pillar);
      int tags = tagCounts.generate(in);
      for (int t = 0; t < tags; t++) {
        b.addHashtag(HASHTAGS.get(labels.generate(in) % HASHTAGS.size()));
      }
      if (id % 7 == 0) {
        b.permalink("https://example.com/p/" + id);
      }
      if (!missing.generate(in)) {
        b.averageVideoWatchTime(java.time.Duration.ofMillis(count.generate(in) % 3_600_000));
      }
      return b.build();
    };
  }

  /** A label of the pool, or none a quarter of the time. */
  private static Optional<String> label(List<String> pool, int draw) {
    return draw < 25 ? Optional.empty() : Optional.of(pool.get(draw % pool.size()));
  }

  /** Text a spreadsheet or a CSV parser could trip on: formulas, quotes, delimiters, breaks. */
  private static final List<String> HOSTILE_TEXT =
      List.of("=1+1", "+cmd|' /C calc'!A0", "-2", "@SUM(A1:A9)", "\tx", "\rx", "'quoted", "''",
          "a,b;c", "say \"hi\"", "line\nbreak", "cr\r\nlf", "  padded  ", "🎉 émoji", "台灣 中文", "-",
          "\"", "x\u0000y", "#not-a-tag");

  /** Hashtags (no white space) a spreadsheet or a CSV parser could trip on. */
  private static final List<String> HOSTILE_TAGS =
      List.of("=x", "+y", "-z", "@w", "a,b", "q\"", "'x", "台灣", "a;b");

  /**
   * Generates {@link #records()} whose account, campaign, post id, pillar, permalink and a hashtag
   * are hostile text (formula triggers, quotes, delimiters, line breaks, padding, emoji, CJK) two
   * times in three; for round trips through text formats.
   *
   * @return records with hostile text
   */
  public static Gen<PerformanceRecord> recordsWithHostileText() {
    Gen<Integer> pick = Generate.range(0, HOSTILE_TEXT.size() - 1);
    Gen<Integer> tag = Generate.range(0, HOSTILE_TAGS.size() - 1);
    Gen<Integer> presence = Generate.range(0, 2);
    return records().zip(pick, pick, tag, presence, (r, a, b, t, p) -> {
      PerformanceRecord.Builder x = r.toBuilder();
      if (p > 0) {
        x.account(HOSTILE_TEXT.get(a))
            .campaign(HOSTILE_TEXT.get(b))
            .postId(HOSTILE_TEXT.get((a + b) % HOSTILE_TEXT.size()));
      }
      if (p > 1) {
        x.pillar(HOSTILE_TEXT.get(b))
            .permalink(HOSTILE_TEXT.get(a))
            .addHashtag(HOSTILE_TAGS.get(t));
      }
      return x.build();
    });
  }

  /**
   * Generates lists of {@link #records()}.
   *
   * @param maxSize the largest list
   * @return lists of 0 to {@code maxSize} records
   */
  public static Gen<List<PerformanceRecord>> recordLists(int maxSize) {
    return lists().of(records()).ofSizeBetween(0, maxSize);
  }

  /**
   * Generates lists of records mixing ordinary, huge and mostly-missing ones.
   *
   * @param maxSize the largest list, at most 9,000 so that sums stay within a long
   * @return lists of 0 to {@code maxSize} records
   * @throws IllegalArgumentException if the maximum size is negative
   */
  public static Gen<List<PerformanceRecord>> mixedRecordLists(int maxSize) {
    if (maxSize > 9_000) {
      throw new IllegalArgumentException("maxSize must be at most 9000: " + maxSize);
    }
    Gen<PerformanceRecord> mixed =
        Generate.oneOf(records(), recordsWithHugeCounts(), recordsWithMissingFields());
    return lists().of(mixed).ofSizeBetween(0, maxSize);
  }

  /**
   * Generates groupings: any subset of the dimensions, in a generated zone.
   *
   * @return groupings
   */
  public static Gen<Grouping> groupings() {
    Gen<Integer> masks = Generate.range(0, (1 << Dimension.values().length) - 1);
    return masks.zip(
        zones(),
        (mask, zone) -> {
          List<Dimension> dims = new ArrayList<>();
          for (Dimension d : Dimension.values()) {
            if ((mask & 1 << d.ordinal()) != 0) {
              dims.add(d);
            }
          }
          return Grouping.by(zone, dims.toArray(new Dimension[0]));
        });
  }

  /**
   * Groupings of {@link #groupings()} that add up a random subset of the measures and amounts
   * ({@link Grouping#withMeasures}, {@link Grouping#withAmounts}), from none to all.
   *
   * @return the projected groupings
   */
  public static Gen<Grouping> projectedGroupings() {
    Gen<Long> measureMasks = Generate.longRange(0, (1L << Measure.values().length) - 1);
    Gen<Integer> amountMasks = Generate.range(0, (1 << MoneyMeasure.values().length) - 1);
    return groupings()
        .zip(
            measureMasks,
            amountMasks,
            (grouping, measures, amounts) -> {
              EnumSet<Measure> ms = EnumSet.noneOf(Measure.class);
              for (Measure m : Measure.values()) {
                if ((measures >>> m.ordinal() & 1) != 0) {
                  ms.add(m);
                }
              }
              EnumSet<MoneyMeasure> as = EnumSet.noneOf(MoneyMeasure.class);
              for (MoneyMeasure m : MoneyMeasure.values()) {
                if ((amounts >>> m.ordinal() & 1) != 0) {
                  as.add(m);
                }
              }
              return grouping.withMeasures(ms).withAmounts(as);
            });
  }
}
