package dev.socialplan.analytics.aggregate;

import dev.socialplan.analytics.metric.EngagementComponent;
import dev.socialplan.analytics.metric.EngagementCounts;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.metric.EngagementDenominator;
import dev.socialplan.analytics.metric.EngagementRate;
import dev.socialplan.analytics.metric.Exposure;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The measured performance of one post: platform, publication instant, format, purpose, paid
 * status, the counts of {@link Measure} (link clicks apart from all clicks, engaged users, video
 * watch time among them), two amounts ({@link MoneyMeasure}), and what identifies and labels the
 * post in real exports: the account it was published from, its id and permalink, its campaign, its
 * content pillar and its hashtags, plus the average video watch time the platform reported.
 *
 * <p>Account, post id, permalink, campaign and pillar are optional and never blank. Hashtags are
 * kept without their leading {@code #}, in the order given, without exact repeats; none is blank or
 * contains white space (the same rule as {@code Draft.hashtags()} of the calendar module). They are
 * compared as written: {@code Skincare} and {@code skincare} are two hashtags.
 *
 * <p>Every count and amount may be missing, and missing is not zero: a post whose shares are
 * unknown reports {@code shares()} as empty, and summaries count it as missing rather than adding
 * zero. Negative counts and amounts are refused at construction with an exception naming the field.
 * Combinations that cannot happen (reach above impressions, clicks above impressions, video
 * completions above starts) are accepted but reported by {@link #anomalies()}.
 *
 * <p>A record is one object of primitive fields, so that millions of them held in a list stay small
 * and can be walked quickly: the publication instant is kept as epoch seconds and nanoseconds, and
 * the counts as fields of their own with an internal marker for "missing" (-1, which no count can
 * be); the marker never leaves the class. Counts above {@link Integer#MAX_VALUE} are kept exactly,
 * up to {@link Long#MAX_VALUE}. Publication instants lie between 1970-01-01T00:00Z and
 * 9999-12-31T23:59:59.999999999Z.
 *
 * <p>The serialised form is the same as that of earlier versions (the same fields: the instant as
 * an {@link Instant}, the counts as one {@code long[]}), and a deserialised record is rebuilt
 * through the {@link Builder}, so a tampered stream cannot carry a value the builder refuses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PerformanceRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The serialised fields: those the record had when it held an {@code Instant} and a {@code
   * long[]} of counts, so that streams written before and after the leaner layout read alike.
   */
  private static final ObjectStreamField[] serialPersistentFields = {
    new ObjectStreamField("platform", Platform.class),
    new ObjectStreamField("publishedAt", Instant.class),
    new ObjectStreamField("format", PostFormat.class),
    new ObjectStreamField("purpose", PostPurpose.class),
    new ObjectStreamField("paid", PaidStatus.class),
    new ObjectStreamField("counts", long[].class),
    new ObjectStreamField("spend", Money.class),
    new ObjectStreamField("revenue", Money.class),
    new ObjectStreamField("postId", String.class),
    new ObjectStreamField("account", String.class),
    new ObjectStreamField("permalink", String.class),
    new ObjectStreamField("campaign", String.class),
    new ObjectStreamField("pillar", String.class),
    new ObjectStreamField("hashtags", List.class),
    new ObjectStreamField("averageVideoWatchMillis", long.class),
  };

  /** The internal marker of a missing count. */
  static final long MISSING = -1;

  /** The internal marker of a missing count held in an {@code int} field. */
  private static final int MISSING_INT = -1;

  /**
   * The marker, in {@link #impressions}, of a record whose counts are all held in {@link
   * Details#wideCounts} because one is above {@link Integer#MAX_VALUE}; no count can be negative.
   */
  private static final int WIDE = Integer.MIN_VALUE;

  private static final PostFormat[] FORMATS = PostFormat.values();
  private static final PostPurpose[] PURPOSES = PostPurpose.values();
  private static final PaidStatus[] PAID_STATUSES = PaidStatus.values();

  /**
   * The record {@link #readObject} rebuilt, kept for {@link #readResolve()}, which the stream calls
   * next on the same thread; a field for it would make every record larger.
   */
  private static final ThreadLocal<@Nullable PerformanceRecord> RESOLVED = new ThreadLocal<>();

  /** The earliest publication instant accepted. */
  static final Instant EARLIEST = Instant.EPOCH;

  /** The first instant after the latest publication instant accepted. */
  static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

  static {
    // The fields below hold one count per measure, video watch time last: a new measure needs a
    // field of its own, in rawCount, the constructor and equals.
    if (Measure.COUNT != 16 || Measure.VIDEO_WATCH_TIME.ordinal() != Measure.COUNT - 1) {
      throw new AssertionError("PerformanceRecord's count fields do not match Measure");
    }
  }

  /** Pairs (measure, bound) with measure ≤ bound whenever both are present. */
  private static final Measure[][] BOUNDS = {
    {Measure.REACH, Measure.IMPRESSIONS},
    {Measure.CLICKS, Measure.IMPRESSIONS},
    {Measure.VIDEO_COMPLETIONS, Measure.VIDEO_STARTS},
    {Measure.LINK_CLICKS, Measure.CLICKS},
    {Measure.ENGAGED_USERS, Measure.REACH},
  };

  /** The platform the post was published on. */
  private final Platform platform;

  /**
   * The platform's place in {@link Platform#wellKnown()} (the same instance), or -1: aggregators
   * find a well-known platform's code with one array read instead of comparing platforms.
   */
  private final byte platformSlot;

  /** When the post was published: seconds since 1970-01-01T00:00Z. */
  private final long epochSecond;

  /** When the post was published: the nanoseconds within {@link #epochSecond}, 0 to 999,999,999. */
  private final int nano;

  /** The post's format, by ordinal. */
  private final byte format;

  /** The post's purpose, by ordinal. */
  private final byte purpose;

  /** Whether the post was paid, by ordinal. */
  private final byte paid;

  /*
   * The counts of the measures but the last, one field each, MISSING_INT when not measured. Counts
   * fit an int in real exports; when one does not, every count is held in wideCounts instead and
   * these fields are all MISSING_INT, so each record has one representation and equals can compare
   * fields. Video watch time is in milliseconds, which outgrow an int (24.8 days), so it is a long.
   */
  private final int impressions;
  private final int reach;
  private final int views;
  private final int followers;
  private final int reactions;
  private final int comments;
  private final int shares;
  private final int saves;
  private final int clicks;
  private final int follows;
  private final int videoStarts;
  private final int videoCompletions;
  private final int conversions;
  private final int linkClicks;
  private final int engagedUsers;

  /** The total video watch time in milliseconds, or {@link #MISSING}; unused with wide counts. */
  private final long videoWatchMillis;

  /** The labels, amounts and rare parts; {@link Details#NONE} when the record has none. */
  private final Details details;

  /**
   * What most aggregations do not read, held apart so that the record they walk stays small: the
   * labels, hashtags, amounts, the reported average watch time, and the counts when one is too
   * large for the int fields. Records without any share {@link #NONE}, so each record has one
   * representation. Immutable.
   */
  private static final class Details {
    static final Details NONE =
        new Details(null, null, null, null, null, null, null, List.of(), MISSING, null);

    final @Nullable Money spend;
    final @Nullable Money revenue;
    final @Nullable String postId;
    final @Nullable String account;
    final @Nullable String permalink;
    final @Nullable String campaign;
    final @Nullable String pillar;
    /** The hashtags without '#', unmodifiable. */
    final List<String> hashtags;
    /** The average video watch time in milliseconds, or {@link #MISSING}. */
    final long averageVideoWatchMillis;
    /** Every count by {@link Measure#ordinal()} when the int fields say {@link #WIDE}, else null. */
    final long @Nullable [] wideCounts;

    Details(
        @Nullable Money spend,
        @Nullable Money revenue,
        @Nullable String postId,
        @Nullable String account,
        @Nullable String permalink,
        @Nullable String campaign,
        @Nullable String pillar,
        List<String> hashtags,
        long averageVideoWatchMillis,
        long @Nullable [] wideCounts) {
      this.spend = spend;
      this.revenue = revenue;
      this.postId = postId;
      this.account = account;
      this.permalink = permalink;
      this.campaign = campaign;
      this.pillar = pillar;
      this.hashtags = hashtags;
      this.averageVideoWatchMillis = averageVideoWatchMillis;
      this.wideCounts = wideCounts;
    }

    /** The details a builder holds, {@link #NONE} when it holds none. */
    static Details of(Builder b, long @Nullable [] wideCounts) {
      if (b.spend == null
          && b.revenue == null
          && b.postId == null
          && b.account == null
          && b.permalink == null
          && b.campaign == null
          && b.pillar == null
          && b.tagCount == 0
          && b.averageVideoWatchMillis == MISSING
          && wideCounts == null) {
        return NONE;
      }
      return new Details(
          b.spend,
          b.revenue,
          b.postId,
          b.account,
          b.permalink,
          b.campaign,
          b.pillar,
          b.hashtagList(),
          b.averageVideoWatchMillis,
          wideCounts);
    }

    boolean sameAs(Details o) {
      return this == o
          || (Objects.equals(spend, o.spend)
              && Objects.equals(revenue, o.revenue)
              && Objects.equals(postId, o.postId)
              && Objects.equals(account, o.account)
              && Objects.equals(permalink, o.permalink)
              && Objects.equals(campaign, o.campaign)
              && Objects.equals(pillar, o.pillar)
              && hashtags.equals(o.hashtags)
              && averageVideoWatchMillis == o.averageVideoWatchMillis
              && Arrays.equals(wideCounts, o.wideCounts));
    }
  }

  private PerformanceRecord(Builder b) {
    this.platform = Objects.requireNonNull(b.platform);
    this.platformSlot = slotOf(platform);
    Instant at = Objects.requireNonNull(b.publishedAt);
    this.epochSecond = at.getEpochSecond();
    this.nano = at.getNano();
    this.format = (byte) Objects.requireNonNull(b.format).ordinal();
    this.purpose = (byte) Objects.requireNonNull(b.purpose).ordinal();
    this.paid = (byte) b.paid.ordinal();
    long[] c = b.counts;
    boolean narrow = true;
    for (int m = 0; m < Measure.COUNT - 1; m++) {
      narrow &= c[m] <= Integer.MAX_VALUE;
    }
    this.impressions = narrow ? (int) c[0] : WIDE;
    this.reach = narrow ? (int) c[1] : MISSING_INT;
    this.views = narrow ? (int) c[2] : MISSING_INT;
    this.followers = narrow ? (int) c[3] : MISSING_INT;
    this.reactions = narrow ? (int) c[4] : MISSING_INT;
    this.comments = narrow ? (int) c[5] : MISSING_INT;
    this.shares = narrow ? (int) c[6] : MISSING_INT;
    this.saves = narrow ? (int) c[7] : MISSING_INT;
    this.clicks = narrow ? (int) c[8] : MISSING_INT;
    this.follows = narrow ? (int) c[9] : MISSING_INT;
    this.videoStarts = narrow ? (int) c[10] : MISSING_INT;
    this.videoCompletions = narrow ? (int) c[11] : MISSING_INT;
    this.conversions = narrow ? (int) c[12] : MISSING_INT;
    this.linkClicks = narrow ? (int) c[13] : MISSING_INT;
    this.engagedUsers = narrow ? (int) c[14] : MISSING_INT;
    this.videoWatchMillis = narrow ? c[15] : MISSING;
    this.details = Details.of(b, narrow ? null : c.clone());
  }

  private static byte slotOf(Platform platform) {
    List<Platform> known = Platform.wellKnown();
    for (int i = 0; i < known.size() && i <= Byte.MAX_VALUE; i++) {
      if (known.get(i) == platform) {
        return (byte) i;
      }
    }
    return -1;
  }

  /**
   * Returns a new builder. Platform, publication instant, format and purpose are required; the paid
   * status defaults to {@link PaidStatus#UNKNOWN}; every count and amount starts as missing.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this record's values, to derive a changed copy.
   *
   * @return a builder with this record's values
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.platform = platform;
    b.publishedAt = publishedAt();
    b.format = format();
    b.purpose = purpose();
    b.paid = paid();
    b.counts = counts();
    Details d = details;
    b.spend = d.spend;
    b.revenue = d.revenue;
    b.postId = d.postId;
    b.account = d.account;
    b.permalink = d.permalink;
    b.campaign = d.campaign;
    b.pillar = d.pillar;
    b.copyHashtags(d.hashtags);
    b.averageVideoWatchMillis = d.averageVideoWatchMillis;
    return b;
  }

  /**
   * Returns the platform.
   *
   * @return the platform
   */
  public Platform platform() {
    return platform;
  }

  /** Returns the platform's place in {@link Platform#wellKnown()}, or -1; for the aggregators. */
  int platformSlot() {
    return platformSlot;
  }

  /**
   * Returns the publication instant.
   *
   * @return when the post was published
   */
  public Instant publishedAt() {
    return Instant.ofEpochSecond(epochSecond, nano);
  }

  /** Returns the publication instant's epoch second, without an {@code Instant}; for the aggregators. */
  long epochSecond() {
    return epochSecond;
  }

  /** Returns the publication instant's nanoseconds within its second; for the aggregators. */
  int nano() {
    return nano;
  }

  /**
   * Returns the format.
   *
   * @return the post format
   */
  public PostFormat format() {
    return FORMATS[format];
  }

  /**
   * Returns the purpose.
   *
   * @return the post purpose
   */
  public PostPurpose purpose() {
    return PURPOSES[purpose];
  }

  /**
   * Returns whether the post was paid.
   *
   * @return paid, organic or unknown
   */
  public PaidStatus paid() {
    return PAID_STATUSES[paid];
  }

  /** Returns the format's ordinal; for the aggregators. */
  int formatOrdinal() {
    return format;
  }

  /** Returns the purpose's ordinal; for the aggregators. */
  int purposeOrdinal() {
    return purpose;
  }

  /** Returns the paid status's ordinal; for the aggregators. */
  int paidOrdinal() {
    return paid;
  }

  /**
   * Returns the caller's id of the post, used in reports of anomalies.
   *
   * @return the id, or empty
   */
  public Optional<String> postId() {
    return Optional.ofNullable(details.postId);
  }

  /**
   * Returns the account the post was published from: a handle or an id, as the export names it.
   *
   * @return the account, or empty
   */
  public Optional<String> account() {
    return Optional.ofNullable(details.account);
  }

  /**
   * Returns the post's permanent link, as the export gives it (not checked to be a URL).
   *
   * @return the permalink, or empty
   */
  public Optional<String> permalink() {
    return Optional.ofNullable(details.permalink);
  }

  /**
   * Returns the campaign the post belongs to.
   *
   * @return the campaign's name, or empty
   */
  public Optional<String> campaign() {
    return Optional.ofNullable(details.campaign);
  }

  /**
   * Returns the content pillar of the post, by name (calendar posts refer to pillars by name too).
   *
   * @return the pillar's name, or empty
   */
  public Optional<String> pillar() {
    return Optional.ofNullable(details.pillar);
  }

  /**
   * Returns the hashtags, without the leading {@code #}.
   *
   * @return the hashtags in the order given, unmodifiable; empty when the post had none or they
   *     are unknown
   */
  public List<String> hashtags() {
    return details.hashtags;
  }

  /**
   * Returns the total video watch time ({@link Measure#VIDEO_WATCH_TIME}).
   *
   * @return the watch time, or empty when not measured
   */
  public Optional<Duration> videoWatchTime() {
    long v = rawCount(Measure.VIDEO_WATCH_TIME.ordinal());
    return v == MISSING ? Optional.empty() : Optional.of(Duration.ofMillis(v));
  }

  /**
   * Returns the average video watch time per play as the platform reported it. It is kept as
   * reported, not derived: platforms average over plays they define themselves. Summaries do not
   * add averages; the pooled average of a set of posts is {@code
   * pooledRate(VIDEO_WATCH_TIME, VIDEO_STARTS)} on their summary.
   *
   * @return the average, or empty when not measured
   */
  public Optional<Duration> averageVideoWatchTime() {
    long average = details.averageVideoWatchMillis;
    return average == MISSING ? Optional.empty() : Optional.of(Duration.ofMillis(average));
  }

  /** Returns the average video watch time in milliseconds, {@link #MISSING} when not measured. */
  long rawAverageVideoWatchMillis() {
    return details.averageVideoWatchMillis;
  }

  /**
   * Returns one count.
   *
   * @param measure the measure
   * @return its value, or empty when not measured
   */
  public OptionalLong count(Measure measure) {
    long v = rawCount(Checks.notNull(measure, "measure").ordinal());
    return v == MISSING ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /**
   * Tells whether a count was measured.
   *
   * @param measure the measure
   * @return true when the count is present
   */
  public boolean has(Measure measure) {
    return rawCount(Checks.notNull(measure, "measure").ordinal()) != MISSING;
  }

  /**
   * Returns the raw count, {@link #MISSING} when not measured; for the aggregators.
   *
   * @param measureIndex the measure's {@link Measure#ordinal()}
   */
  long rawCount(int measureIndex) {
    if (impressions == WIDE) {
      return Objects.requireNonNull(details.wideCounts)[measureIndex];
    }
    switch (measureIndex) {
      case 0:
        return impressions;
      case 1:
        return reach;
      case 2:
        return views;
      case 3:
        return followers;
      case 4:
        return reactions;
      case 5:
        return comments;
      case 6:
        return shares;
      case 7:
        return saves;
      case 8:
        return clicks;
      case 9:
        return follows;
      case 10:
        return videoStarts;
      case 11:
        return videoCompletions;
      case 12:
        return conversions;
      case 13:
        return linkClicks;
      case 14:
        return engagedUsers;
      case 15:
        return videoWatchMillis;
      default:
        throw new IndexOutOfBoundsException("measure index " + measureIndex);
    }
  }

  /**
   * Copies the raw counts of the measures a mask selects into one row of columns, for the
   * aggregators: straight-line code, so that copying a record does not branch on the measure.
   *
   * @param mask bit {@code m} set to copy the measure of ordinal {@code m}
   * @param to the columns, indexed by {@link Measure#ordinal()}
   * @param row the row
   * @return whether the record keeps its counts wide (one may be above {@code Integer.MAX_VALUE})
   */
  boolean copyCounts(int mask, long[][] to, int row) {
    if (impressions == WIDE) {
      long[] wide = Objects.requireNonNull(details.wideCounts);
      for (int m = 0; m < Measure.COUNT; m++) {
        if ((mask & (1 << m)) != 0) {
          to[m][row] = wide[m];
        }
      }
      return true;
    }
    if ((mask & 1) != 0) {
      to[0][row] = impressions;
    }
    if ((mask & 1 << 1) != 0) {
      to[1][row] = reach;
    }
    if ((mask & 1 << 2) != 0) {
      to[2][row] = views;
    }
    if ((mask & 1 << 3) != 0) {
      to[3][row] = followers;
    }
    if ((mask & 1 << 4) != 0) {
      to[4][row] = reactions;
    }
    if ((mask & 1 << 5) != 0) {
      to[5][row] = comments;
    }
    if ((mask & 1 << 6) != 0) {
      to[6][row] = shares;
    }
    if ((mask & 1 << 7) != 0) {
      to[7][row] = saves;
    }
    if ((mask & 1 << 8) != 0) {
      to[8][row] = clicks;
    }
    if ((mask & 1 << 9) != 0) {
      to[9][row] = follows;
    }
    if ((mask & 1 << 10) != 0) {
      to[10][row] = videoStarts;
    }
    if ((mask & 1 << 11) != 0) {
      to[11][row] = videoCompletions;
    }
    if ((mask & 1 << 12) != 0) {
      to[12][row] = conversions;
    }
    if ((mask & 1 << 13) != 0) {
      to[13][row] = linkClicks;
    }
    if ((mask & 1 << 14) != 0) {
      to[14][row] = engagedUsers;
    }
    if ((mask & 1 << 15) != 0) {
      to[15][row] = videoWatchMillis;
    }
    return false;
  }

  /** Returns every count indexed by {@link Measure#ordinal()}, {@link #MISSING} when not measured. */
  private long[] counts() {
    if (impressions == WIDE) {
      return Objects.requireNonNull(details.wideCounts).clone();
    }
    long[] c = new long[Measure.COUNT];
    for (int m = 0; m < c.length; m++) {
      c[m] = rawCount(m);
    }
    return c;
  }

  /**
   * Returns impressions.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong impressions() {
    return count(Measure.IMPRESSIONS);
  }

  /**
   * Returns reach.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong reach() {
    return count(Measure.REACH);
  }

  /**
   * Returns views.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong views() {
    return count(Measure.VIEWS);
  }

  /**
   * Returns the account's followers on the publish day.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong followers() {
    return count(Measure.FOLLOWERS);
  }

  /**
   * Returns likes and reactions.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong reactions() {
    return count(Measure.REACTIONS);
  }

  /**
   * Returns comments.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong comments() {
    return count(Measure.COMMENTS);
  }

  /**
   * Returns shares.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong shares() {
    return count(Measure.SHARES);
  }

  /**
   * Returns saves.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong saves() {
    return count(Measure.SAVES);
  }

  /**
   * Returns clicks.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong clicks() {
    return count(Measure.CLICKS);
  }

  /**
   * Returns follows gained.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong follows() {
    return count(Measure.FOLLOWS);
  }

  /**
   * Returns video starts.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong videoStarts() {
    return count(Measure.VIDEO_STARTS);
  }

  /**
   * Returns video completions.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong videoCompletions() {
    return count(Measure.VIDEO_COMPLETIONS);
  }

  /**
   * Returns conversions.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong conversions() {
    return count(Measure.CONVERSIONS);
  }

  /**
   * Returns link clicks, a part of {@link #clicks()}.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong linkClicks() {
    return count(Measure.LINK_CLICKS);
  }

  /**
   * Returns the people who engaged with the post, each counted once.
   *
   * @return the count, or empty when not measured
   */
  public OptionalLong engagedUsers() {
    return count(Measure.ENGAGED_USERS);
  }

  /**
   * Returns the spend.
   *
   * @return the spend, or empty when not measured
   */
  public Optional<Money> spend() {
    return Optional.ofNullable(details.spend);
  }

  /**
   * Returns the revenue.
   *
   * @return the revenue, or empty when not measured
   */
  public Optional<Money> revenue() {
    return Optional.ofNullable(details.revenue);
  }

  /** Returns the spend or null, without an {@code Optional} per record; for the aggregators. */
  @Nullable Money rawSpend() {
    return details.spend;
  }

  /** Returns the revenue or null; for the aggregators. */
  @Nullable Money rawRevenue() {
    return details.revenue;
  }

  /** Returns the account or null; for the aggregators. */
  @Nullable String rawAccount() {
    return details.account;
  }

  /** Returns the campaign or null; for the aggregators. */
  @Nullable String rawCampaign() {
    return details.campaign;
  }

  /** Returns the pillar or null; for the aggregators. */
  @Nullable String rawPillar() {
    return details.pillar;
  }

  /**
   * Returns one amount.
   *
   * @param measure spend or revenue
   * @return the amount, or empty when not measured
   */
  public Optional<Money> amount(MoneyMeasure measure) {
    Checks.notNull(measure, "measure");
    return measure == MoneyMeasure.SPEND ? spend() : revenue();
  }

  /**
   * Returns the engagement counts of this post, for {@link EngagementRate}.
   *
   * @return reactions, comments, shares, saves, clicks, follows and engaged users, each possibly
   *     missing
   */
  public EngagementCounts engagementCounts() {
    EngagementCounts.Builder b = EngagementCounts.builder();
    for (EngagementComponent component : EngagementComponent.values()) {
      long v = rawCount(Measure.of(component).ordinal());
      if (v != MISSING) {
        b.count(component, v);
      }
    }
    return b.build();
  }

  /**
   * Returns the exposure of this post, for {@link EngagementRate}.
   *
   * @return reach, impressions, views and followers, each possibly missing
   */
  public Exposure exposure() {
    Exposure.Builder b = Exposure.builder();
    for (EngagementDenominator denominator : EngagementDenominator.values()) {
      long v = rawCount(Measure.of(denominator).ordinal());
      if (v != MISSING) {
        b.count(denominator, v);
      }
    }
    return b.build();
  }

  /**
   * Returns the post's engagement rate by its platform's default definition.
   *
   * @return the rate and how it was computed
   */
  public EngagementRate engagementRate() {
    return engagementRate(EngagementDefinition.forPlatform(platform));
  }

  /**
   * Returns the post's engagement rate by a definition.
   *
   * @param definition the components and denominators
   * @return the rate and how it was computed
   */
  public EngagementRate engagementRate(EngagementDefinition definition) {
    return EngagementRate.of(definition, engagementCounts(), exposure());
  }

  /**
   * Reports impossible combinations of counts: reach above impressions, clicks above impressions,
   * video completions above video starts, link clicks above clicks, engaged users above reach.
   * Pairs with a missing side are not checked.
   *
   * @return the anomalies, empty for a consistent record
   */
  public List<PerformanceAnomaly> anomalies() {
    List<PerformanceAnomaly> found = new ArrayList<>(0);
    for (Measure[] pair : BOUNDS) {
      long value = rawCount(pair[0].ordinal());
      long bound = rawCount(pair[1].ordinal());
      if (value != MISSING && bound != MISSING && value > bound) {
        found.add(new PerformanceAnomaly(pair[0], value, pair[1], bound));
      }
    }
    return List.copyOf(found);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PerformanceRecord)) {
      return false;
    }
    PerformanceRecord o = (PerformanceRecord) obj;
    return platform.equals(o.platform)
        && epochSecond == o.epochSecond
        && nano == o.nano
        && format == o.format
        && purpose == o.purpose
        && paid == o.paid
        && impressions == o.impressions
        && reach == o.reach
        && views == o.views
        && followers == o.followers
        && reactions == o.reactions
        && comments == o.comments
        && shares == o.shares
        && saves == o.saves
        && clicks == o.clicks
        && follows == o.follows
        && videoStarts == o.videoStarts
        && videoCompletions == o.videoCompletions
        && conversions == o.conversions
        && linkClicks == o.linkClicks
        && engagedUsers == o.engagedUsers
        && videoWatchMillis == o.videoWatchMillis
        && details.sameAs(o.details);
  }

  @Override
  public int hashCode() {
    // The hash of the earlier layout (Objects.hash of the fields, then the counts array's hash),
    // computed without an Instant or an array per call.
    Details d = details;
    int h = 1;
    h = 31 * h + platform.hashCode();
    h = 31 * h + (int) (epochSecond ^ (epochSecond >>> 32)) + 51 * nano;
    h = 31 * h + format().hashCode();
    h = 31 * h + purpose().hashCode();
    h = 31 * h + paid().hashCode();
    h = 31 * h + Objects.hashCode(d.spend);
    h = 31 * h + Objects.hashCode(d.revenue);
    h = 31 * h + Objects.hashCode(d.postId);
    h = 31 * h + Objects.hashCode(d.account);
    h = 31 * h + Objects.hashCode(d.permalink);
    h = 31 * h + Objects.hashCode(d.campaign);
    h = 31 * h + Objects.hashCode(d.pillar);
    h = 31 * h + d.hashtags.hashCode();
    h = 31 * h + Long.hashCode(d.averageVideoWatchMillis);
    int c = 1;
    for (int m = 0; m < Measure.COUNT; m++) {
      c = 31 * c + Long.hashCode(rawCount(m));
    }
    return h * 31 + c;
  }

  /**
   * Returns a readable form listing the measured counts, such as {@code
   * PerformanceRecord{Facebook, 2014-12-31T03:00:00Z, IMAGE, PROMOTE, ORGANIC, reach=2752,
   * impressions=5091}}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    Details d = details;
    StringBuilder sb = new StringBuilder("PerformanceRecord{");
    if (d.postId != null) {
      sb.append(d.postId).append(", ");
    }
    if (d.account != null) {
      sb.append('@').append(d.account).append(", ");
    }
    sb.append(platform)
        .append(", ")
        .append(publishedAt())
        .append(", ")
        .append(format())
        .append(", ")
        .append(purpose())
        .append(", ")
        .append(paid());
    for (int m = 0; m < Measure.COUNT; m++) {
      long v = rawCount(m);
      if (v != MISSING) {
        sb.append(", ").append(Measure.ofIndex(m).fieldName()).append('=').append(v);
      }
    }
    if (d.averageVideoWatchMillis != MISSING) {
      sb.append(", averageVideoWatchTime=").append(Duration.ofMillis(d.averageVideoWatchMillis));
    }
    if (d.spend != null) {
      sb.append(", spend=").append(d.spend);
    }
    if (d.revenue != null) {
      sb.append(", revenue=").append(d.revenue);
    }
    appendLabel(sb, "campaign", d.campaign);
    appendLabel(sb, "pillar", d.pillar);
    if (!d.hashtags.isEmpty()) {
      sb.append(", hashtags=").append(d.hashtags);
    }
    appendLabel(sb, "permalink", d.permalink);
    return sb.append('}').toString();
  }

  private static void appendLabel(StringBuilder sb, String name, @Nullable String value) {
    if (value != null) {
      sb.append(", ").append(name).append('=').append(value);
    }
  }

  /**
   * Builds a {@link PerformanceRecord}. Setters refuse negative values at once, naming the field;
   * {@link #build()} checks that the required fields are set. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable Platform platform;
    private @Nullable Instant publishedAt;
    private @Nullable PostFormat format;
    private @Nullable PostPurpose purpose;
    private PaidStatus paid = PaidStatus.UNKNOWN;
    private long[] counts = missingCounts();
    private @Nullable Money spend;
    private @Nullable Money revenue;
    private @Nullable String postId;
    private @Nullable String account;
    private @Nullable String permalink;
    private @Nullable String campaign;
    private @Nullable String pillar;
    /**
     * The hashtags in the order added, in the first {@code tagCount} places. Posts carry few
     * hashtags, so a repeat is looked for by a scan; a set takes over beyond {@link #SCANNED_TAGS}.
     */
    private String[] tags = NO_TAGS;

    private int tagCount;

    /** The hashtags as a set once there are more than {@link #SCANNED_TAGS}, else null. */
    private @Nullable HashSet<String> tagSet;
    private long averageVideoWatchMillis = MISSING;

    private static final String[] NO_TAGS = {};

    /** The most hashtags looked through one by one for a repeat. */
    private static final int SCANNED_TAGS = 8;

    Builder() {}

    private static long[] missingCounts() {
      long[] c = new long[Measure.COUNT];
      Arrays.fill(c, MISSING);
      return c;
    }

    /**
     * Sets the platform.
     *
     * @param platform the platform
     * @return this builder
     */
    public Builder platform(Platform platform) {
      this.platform = Checks.notNull(platform, "platform");
      return this;
    }

    /**
     * Sets the publication instant.
     *
     * @param publishedAt when the post was published, from 1970 to the end of 9999
     * @return this builder
     * @throws IllegalArgumentException if the instant is outside that range
     */
    public Builder publishedAt(Instant publishedAt) {
      Checks.notNull(publishedAt, "publishedAt");
      if (publishedAt.isBefore(EARLIEST) || !publishedAt.isBefore(END)) {
        throw new IllegalArgumentException(
            "publishedAt must be from 1970 to the end of 9999: " + publishedAt);
      }
      this.publishedAt = publishedAt;
      return this;
    }

    /**
     * Sets the format.
     *
     * @param format the post format
     * @return this builder
     */
    public Builder format(PostFormat format) {
      this.format = Checks.notNull(format, "format");
      return this;
    }

    /**
     * Sets the purpose.
     *
     * @param purpose the post purpose
     * @return this builder
     */
    public Builder purpose(PostPurpose purpose) {
      this.purpose = Checks.notNull(purpose, "purpose");
      return this;
    }

    /**
     * Sets the paid status.
     *
     * @param paid paid, organic or unknown
     * @return this builder
     */
    public Builder paid(PaidStatus paid) {
      this.paid = Checks.notNull(paid, "paid");
      return this;
    }

    /**
     * Sets the paid status from a flag.
     *
     * @param paid whether the post was paid
     * @return this builder
     */
    public Builder paid(boolean paid) {
      return paid(PaidStatus.of(paid));
    }

    /**
     * Sets the caller's id of the post.
     *
     * @param postId the id, not blank
     * @return this builder
     * @throws IllegalArgumentException if the id is blank
     */
    public Builder postId(String postId) {
      this.postId = Checks.nonBlank(postId, "postId");
      return this;
    }

    /**
     * Sets the account the post was published from.
     *
     * @param account a handle or id, not blank
     * @return this builder
     */
    public Builder account(String account) {
      this.account = Checks.nonBlank(account, "account");
      return this;
    }

    /**
     * Sets the post's permanent link.
     *
     * @param permalink the link, not blank
     * @return this builder
     */
    public Builder permalink(String permalink) {
      this.permalink = Checks.nonBlank(permalink, "permalink");
      return this;
    }

    /**
     * Sets the campaign.
     *
     * @param campaign the campaign's name, not blank
     * @return this builder
     */
    public Builder campaign(String campaign) {
      this.campaign = Checks.nonBlank(campaign, "campaign");
      return this;
    }

    /**
     * Sets the content pillar.
     *
     * @param pillar the pillar's name, not blank
     * @return this builder
     */
    public Builder pillar(String pillar) {
      this.pillar = Checks.nonBlank(pillar, "pillar");
      return this;
    }

    /**
     * Adds a hashtag; a leading {@code #} is removed, and a hashtag already added is not repeated.
     *
     * @param hashtag the hashtag, with or without its {@code #}
     * @return this builder
     * @throws IllegalArgumentException if it is blank or contains white space
     */
    public Builder addHashtag(String hashtag) {
      Checks.nonBlank(hashtag, "hashtag");
      String tag = hashtag.charAt(0) == '#' ? hashtag.substring(1) : hashtag;
      if (tag.isBlank() || hasWhitespace(tag)) {
        throw new IllegalArgumentException(
            "hashtag must not be blank or contain white space: \"" + hashtag + "\"");
      }
      if (tagSet != null) {
        if (!tagSet.add(tag)) {
          return this;
        }
      } else {
        for (int i = 0; i < tagCount; i++) {
          if (tags[i].equals(tag)) {
            return this;
          }
        }
      }
      if (tagCount == tags.length) {
        tags = Arrays.copyOf(tags, Math.max(4, 2 * tagCount));
      }
      tags[tagCount++] = tag;
      if (tagSet == null && tagCount > SCANNED_TAGS) {
        tagSet = new HashSet<>(Arrays.asList(tags).subList(0, tagCount));
      }
      return this;
    }

    /** Starts from a record's hashtags, already checked and without repeats. */
    private void copyHashtags(List<String> checked) {
      tags = checked.toArray(NO_TAGS);
      tagCount = tags.length;
      tagSet = tagCount > SCANNED_TAGS ? new HashSet<>(checked) : null;
    }

    /** The hashtags added, as the record's unmodifiable list. */
    private List<String> hashtagList() {
      return tagCount == 0 ? List.of() : List.of(Arrays.copyOf(tags, tagCount));
    }

    private static boolean hasWhitespace(String s) {
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        if (Character.isWhitespace(cp)) {
          return true;
        }
        i += Character.charCount(cp);
      }
      return false;
    }

    /**
     * Replaces the hashtags.
     *
     * @param hashtags the hashtags, each with or without its {@code #}
     * @return this builder
     * @throws IllegalArgumentException if one is blank or contains white space
     */
    public Builder hashtags(Collection<String> hashtags) {
      Checks.noNullElements(hashtags, "hashtags");
      this.tags = NO_TAGS;
      this.tagCount = 0;
      this.tagSet = null;
      hashtags.forEach(this::addHashtag);
      return this;
    }

    /**
     * Sets link clicks, a part of clicks.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder linkClicks(long value) {
      return count(Measure.LINK_CLICKS, value);
    }

    /**
     * Sets the people who engaged, each counted once.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder engagedUsers(long value) {
      return count(Measure.ENGAGED_USERS, value);
    }

    /**
     * Sets the total video watch time, kept to the millisecond.
     *
     * @param watchTime the total, not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     * @throws ArithmeticException if it has more milliseconds than a long holds
     */
    public Builder videoWatchTime(Duration watchTime) {
      return count(Measure.VIDEO_WATCH_TIME, millis(watchTime, "videoWatchTime"));
    }

    /**
     * Sets the average video watch time per play, as the platform reported it, kept to the
     * millisecond.
     *
     * @param average the average, not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     * @throws ArithmeticException if it has more milliseconds than a long holds
     */
    public Builder averageVideoWatchTime(Duration average) {
      this.averageVideoWatchMillis = millis(average, "averageVideoWatchTime");
      return this;
    }

    /**
     * Marks the average video watch time as not measured.
     *
     * @return this builder
     */
    public Builder missingAverageVideoWatchTime() {
      this.averageVideoWatchMillis = MISSING;
      return this;
    }

    private static long millis(Duration d, String field) {
      Checks.notNull(d, field);
      if (d.isNegative()) {
        throw new IllegalArgumentException(field + " must not be negative: " + d);
      }
      return d.toMillis();
    }

    /**
     * Sets one count.
     *
     * @param measure the measure
     * @param value the count, not negative
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder count(Measure measure, long value) {
      Checks.notNull(measure, "measure");
      counts[measure.ordinal()] = Checks.nonNegative(value, measure.fieldName());
      return this;
    }

    /**
     * Marks one count as not measured.
     *
     * @param measure the measure
     * @return this builder
     */
    public Builder missing(Measure measure) {
      counts[Checks.notNull(measure, "measure").ordinal()] = MISSING;
      return this;
    }

    /**
     * Sets impressions.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder impressions(long value) {
      return count(Measure.IMPRESSIONS, value);
    }

    /**
     * Sets reach.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder reach(long value) {
      return count(Measure.REACH, value);
    }

    /**
     * Sets views.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder views(long value) {
      return count(Measure.VIEWS, value);
    }

    /**
     * Sets the account's followers on the publish day.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder followers(long value) {
      return count(Measure.FOLLOWERS, value);
    }

    /**
     * Sets likes and reactions.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder reactions(long value) {
      return count(Measure.REACTIONS, value);
    }

    /**
     * Sets comments.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder comments(long value) {
      return count(Measure.COMMENTS, value);
    }

    /**
     * Sets shares.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder shares(long value) {
      return count(Measure.SHARES, value);
    }

    /**
     * Sets saves.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder saves(long value) {
      return count(Measure.SAVES, value);
    }

    /**
     * Sets clicks.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder clicks(long value) {
      return count(Measure.CLICKS, value);
    }

    /**
     * Sets follows gained.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder follows(long value) {
      return count(Measure.FOLLOWS, value);
    }

    /**
     * Sets video starts.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder videoStarts(long value) {
      return count(Measure.VIDEO_STARTS, value);
    }

    /**
     * Sets video completions.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder videoCompletions(long value) {
      return count(Measure.VIDEO_COMPLETIONS, value);
    }

    /**
     * Sets conversions.
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder conversions(long value) {
      return count(Measure.CONVERSIONS, value);
    }

    /**
     * Sets the spend.
     *
     * @param spend the spend, not negative
     * @return this builder
     * @throws IllegalArgumentException if the spend is negative
     */
    public Builder spend(Money spend) {
      this.spend = nonNegative(spend, "spend");
      return this;
    }

    /**
     * Sets the revenue.
     *
     * @param revenue the revenue, not negative
     * @return this builder
     * @throws IllegalArgumentException if the revenue is negative
     */
    public Builder revenue(Money revenue) {
      this.revenue = nonNegative(revenue, "revenue");
      return this;
    }

    /**
     * Sets one amount.
     *
     * @param measure spend or revenue
     * @param amount the amount, not negative
     * @return this builder
     * @throws IllegalArgumentException if the amount is negative
     */
    public Builder amount(MoneyMeasure measure, Money amount) {
      return Checks.notNull(measure, "measure") == MoneyMeasure.SPEND ? spend(amount) : revenue(amount);
    }

    /**
     * Marks one amount as not measured.
     *
     * @param measure spend or revenue
     * @return this builder
     */
    public Builder missing(MoneyMeasure measure) {
      if (Checks.notNull(measure, "measure") == MoneyMeasure.SPEND) {
        this.spend = null;
      } else {
        this.revenue = null;
      }
      return this;
    }

    private static Money nonNegative(Money amount, String field) {
      Checks.notNull(amount, field);
      if (amount.isNegative()) {
        throw new IllegalArgumentException(field + " must not be negative: " + amount);
      }
      return amount;
    }

    /**
     * Builds the record.
     *
     * @return the record
     * @throws IllegalStateException if platform, publication instant, format or purpose is not set
     */
    public PerformanceRecord build() {
      List<String> unset = new ArrayList<>();
      if (platform == null) {
        unset.add("platform");
      }
      if (publishedAt == null) {
        unset.add("publishedAt");
      }
      if (format == null) {
        unset.add("format");
      }
      if (purpose == null) {
        unset.add("purpose");
      }
      if (!unset.isEmpty()) {
        throw new IllegalStateException(
            "Cannot build PerformanceRecord, required fields are not set: " + unset);
      }
      return new PerformanceRecord(this);
    }
  }

  /**
   * Writes the record in its serialised form: the fields of {@code serialPersistentFields}, in
   * Java serialisation's default format.
   *
   * @param out the stream
   * @throws IOException if the stream fails
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    ObjectOutputStream.PutField fields = out.putFields();
    fields.put("platform", platform);
    fields.put("publishedAt", publishedAt());
    fields.put("format", format());
    fields.put("purpose", purpose());
    fields.put("paid", paid());
    fields.put("counts", counts());
    Details d = details;
    fields.put("spend", d.spend);
    fields.put("revenue", d.revenue);
    fields.put("postId", d.postId);
    fields.put("account", d.account);
    fields.put("permalink", d.permalink);
    fields.put("campaign", d.campaign);
    fields.put("pillar", d.pillar);
    fields.put("hashtags", d.hashtags);
    fields.put("averageVideoWatchMillis", d.averageVideoWatchMillis);
    out.writeFields();
  }

  /**
   * Reads the serialised fields and rebuilds the record through its {@link Builder}, so a tampered
   * stream cannot carry a negative count, a negative amount, a blank post id or a missing required
   * part. The rebuilt record replaces this one in {@link #readResolve()}, which the stream calls
   * right after this method, on this thread.
   *
   * @param in the stream
   * @throws IOException if the stream fails ({@link java.io.InvalidObjectException} if the builder
   *     refuses what was read)
   * @throws ClassNotFoundException if a field's class is unknown
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    ObjectInputStream.GetField fields = in.readFields();
    Object platform = fields.get("platform", null);
    Object publishedAt = fields.get("publishedAt", null);
    Object format = fields.get("format", null);
    Object purpose = fields.get("purpose", null);
    Object paid = fields.get("paid", null);
    Object counts = fields.get("counts", null);
    Object spend = fields.get("spend", null);
    Object revenue = fields.get("revenue", null);
    Object postId = fields.get("postId", null);
    Object account = fields.get("account", null);
    Object permalink = fields.get("permalink", null);
    Object campaign = fields.get("campaign", null);
    Object pillar = fields.get("pillar", null);
    Object hashtags = fields.get("hashtags", null);
    long averageVideoWatchMillis = fields.get("averageVideoWatchMillis", MISSING);
    RESOLVED.set(
        SerialChecks.rebuild(
            () -> {
              Builder b =
                  builder()
                      .platform(read(platform, Platform.class, "platform"))
                      .publishedAt(read(publishedAt, Instant.class, "publishedAt"))
                      .format(read(format, PostFormat.class, "format"))
                      .purpose(read(purpose, PostPurpose.class, "purpose"))
                      .paid(read(paid, PaidStatus.class, "paid"));
              long[] c = read(counts, long[].class, "counts");
              if (c.length != Measure.COUNT) {
                throw new IllegalArgumentException(
                    "counts must have one entry per measure (" + Measure.COUNT + "): " + c.length);
              }
              for (int m = 0; m < c.length; m++) {
                if (c[m] != MISSING) {
                  b.count(Measure.ofIndex(m), c[m]);
                }
              }
              if (spend != null) {
                b.spend(read(spend, Money.class, "spend"));
              }
              if (revenue != null) {
                b.revenue(read(revenue, Money.class, "revenue"));
              }
              if (postId != null) {
                b.postId(read(postId, String.class, "postId"));
              }
              if (account != null) {
                b.account(read(account, String.class, "account"));
              }
              if (permalink != null) {
                b.permalink(read(permalink, String.class, "permalink"));
              }
              if (campaign != null) {
                b.campaign(read(campaign, String.class, "campaign"));
              }
              if (pillar != null) {
                b.pillar(read(pillar, String.class, "pillar"));
              }
              List<?> tags = read(hashtags, List.class, "hashtags");
              List<String> checked = new ArrayList<>(tags.size());
              for (Object tag : tags) {
                checked.add(read(tag, String.class, "hashtag"));
              }
              b.hashtags(checked);
              if (averageVideoWatchMillis != MISSING) {
                b.averageVideoWatchTime(Duration.ofMillis(averageVideoWatchMillis));
              }
              return b.build();
            }));
  }

  /** A field read from a stream, refused when null or of another type. */
  private static <T> T read(@Nullable Object value, Class<T> type, String field) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          field
              + " must be of type "
              + type.getSimpleName()
              + ": "
              + (value == null ? "null" : value.getClass().getName()));
    }
    return type.cast(value);
  }

  /**
   * Returns the record {@link #readObject} rebuilt, in place of the instance deserialisation made.
   *
   * @return the rebuilt record
   * @throws ObjectStreamException ({@link java.io.InvalidObjectException}) if no record was read
   */
  private Object readResolve() throws ObjectStreamException {
    PerformanceRecord record = RESOLVED.get();
    RESOLVED.remove();
    if (record == null) {
      throw new java.io.InvalidObjectException("no PerformanceRecord fields were read");
    }
    return record;
  }
}
