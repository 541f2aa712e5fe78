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
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
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
 * <p>The counts are stored in one {@code long[]} with an internal marker for "missing", so that a
 * record stays small when millions are held in memory; the marker never leaves the class.
 * Publication instants lie between 1970-01-01T00:00Z and 9999-12-31T23:59:59Z.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PerformanceRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The internal marker of a missing count. */
  static final long MISSING = -1;

  /** The earliest publication instant accepted. */
  static final Instant EARLIEST = Instant.EPOCH;

  /** The first instant after the latest publication instant accepted. */
  static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

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

  /** When the post was published. */
  private final Instant publishedAt;

  /** The post's format. */
  private final PostFormat format;

  /** The post's purpose. */
  private final PostPurpose purpose;

  /** Whether the post was paid. */
  private final PaidStatus paid;

  /** The counts indexed by {@link Measure#ordinal()}; {@link #MISSING} when not measured. */
  private final long[] counts;

  /** The spend, or null when not measured. */
  private final @Nullable Money spend;

  /** The revenue, or null when not measured. */
  private final @Nullable Money revenue;

  /** The caller's id of the post, or null. */
  private final @Nullable String postId;

  /** The account the post was published from, or null. */
  private final @Nullable String account;

  /** The post's permanent link, or null. */
  private final @Nullable String permalink;

  /** The campaign, or null. */
  private final @Nullable String campaign;

  /** The content pillar's name, or null. */
  private final @Nullable String pillar;

  /** The hashtags without '#', unmodifiable. */
  private final List<String> hashtags;

  /** The average video watch time in milliseconds, or {@link #MISSING}. */
  private final long averageVideoWatchMillis;

  private PerformanceRecord(Builder b, long[] counts) {
    this.platform = Objects.requireNonNull(b.platform);
    this.publishedAt = Objects.requireNonNull(b.publishedAt);
    this.format = Objects.requireNonNull(b.format);
    this.purpose = Objects.requireNonNull(b.purpose);
    this.paid = b.paid;
    this.counts = counts;
    this.spend = b.spend;
    this.revenue = b.revenue;
    this.postId = b.postId;
    this.account = b.account;
    this.permalink = b.permalink;
    this.campaign = b.campaign;
    this.pillar = b.pillar;
    this.hashtags = b.hashtags == null ? List.of() : List.copyOf(b.hashtags);
    this.averageVideoWatchMillis = b.averageVideoWatchMillis;
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
    b.publishedAt = publishedAt;
    b.format = format;
    b.purpose = purpose;
    b.paid = paid;
    b.counts = counts.clone();
    b.spend = spend;
    b.revenue = revenue;
    b.postId = postId;
    b.account = account;
    b.permalink = permalink;
    b.campaign = campaign;
    b.pillar = pillar;
    if (!hashtags.isEmpty()) {
      b.hashtags = new LinkedHashSet<>(hashtags);
    }
    b.averageVideoWatchMillis = averageVideoWatchMillis;
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

  /**
   * Returns the publication instant.
   *
   * @return when the post was published
   */
  public Instant publishedAt() {
    return publishedAt;
  }

  /**
   * Returns the format.
   *
   * @return the post format
   */
  public PostFormat format() {
    return format;
  }

  /**
   * Returns the purpose.
   *
   * @return the post purpose
   */
  public PostPurpose purpose() {
    return purpose;
  }

  /**
   * Returns whether the post was paid.
   *
   * @return paid, organic or unknown
   */
  public PaidStatus paid() {
    return paid;
  }

  /**
   * Returns the caller's id of the post, used in reports of anomalies.
   *
   * @return the id, or empty
   */
  public Optional<String> postId() {
    return Optional.ofNullable(postId);
  }

  /**
   * Returns the account the post was published from: a handle or an id, as the export names it.
   *
   * @return the account, or empty
   */
  public Optional<String> account() {
    return Optional.ofNullable(account);
  }

  /**
   * Returns the post's permanent link, as the export gives it (not checked to be a URL).
   *
   * @return the permalink, or empty
   */
  public Optional<String> permalink() {
    return Optional.ofNullable(permalink);
  }

  /**
   * Returns the campaign the post belongs to.
   *
   * @return the campaign's name, or empty
   */
  public Optional<String> campaign() {
    return Optional.ofNullable(campaign);
  }

  /**
   * Returns the content pillar of the post, by name (calendar posts refer to pillars by name too).
   *
   * @return the pillar's name, or empty
   */
  public Optional<String> pillar() {
    return Optional.ofNullable(pillar);
  }

  /**
   * Returns the hashtags, without the leading {@code #}.
   *
   * @return the hashtags in the order given, unmodifiable; empty when the post had none or they
   *     are unknown
   */
  public List<String> hashtags() {
    return hashtags;
  }

  /**
   * Returns the total video watch time ({@link Measure#VIDEO_WATCH_TIME}).
   *
   * @return the watch time, or empty when not measured
   */
  public Optional<Duration> videoWatchTime() {
    long v = counts[Measure.VIDEO_WATCH_TIME.ordinal()];
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
    return averageVideoWatchMillis == MISSING
        ? Optional.empty()
        : Optional.of(Duration.ofMillis(averageVideoWatchMillis));
  }

  /** Returns the average video watch time in milliseconds, {@link #MISSING} when not measured. */
  long rawAverageVideoWatchMillis() {
    return averageVideoWatchMillis;
  }

  /**
   * Returns one count.
   *
   * @param measure the measure
   * @return its value, or empty when not measured
   */
  public OptionalLong count(Measure measure) {
    long v = counts[Checks.notNull(measure, "measure").ordinal()];
    return v == MISSING ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /**
   * Tells whether a count was measured.
   *
   * @param measure the measure
   * @return true when the count is present
   */
  public boolean has(Measure measure) {
    return counts[Checks.notNull(measure, "measure").ordinal()] != MISSING;
  }

  /** Returns the raw count, {@link #MISSING} when not measured; for the aggregators. */
  long rawCount(int measureIndex) {
    return counts[measureIndex];
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
    return Optional.ofNullable(spend);
  }

  /**
   * Returns the revenue.
   *
   * @return the revenue, or empty when not measured
   */
  public Optional<Money> revenue() {
    return Optional.ofNullable(revenue);
  }

  /** Returns the spend or null, without an {@code Optional} per record; for the aggregators. */
  @Nullable Money rawSpend() {
    return spend;
  }

  /** Returns the revenue or null; for the aggregators. */
  @Nullable Money rawRevenue() {
    return revenue;
  }

  /** Returns the account or null; for the aggregators. */
  @Nullable String rawAccount() {
    return account;
  }

  /** Returns the campaign or null; for the aggregators. */
  @Nullable String rawCampaign() {
    return campaign;
  }

  /** Returns the pillar or null; for the aggregators. */
  @Nullable String rawPillar() {
    return pillar;
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
      long v = counts[Measure.of(component).ordinal()];
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
      long v = counts[Measure.of(denominator).ordinal()];
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
      long value = counts[pair[0].ordinal()];
      long bound = counts[pair[1].ordinal()];
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
        && publishedAt.equals(o.publishedAt)
        && format == o.format
        && purpose == o.purpose
        && paid == o.paid
        && Arrays.equals(counts, o.counts)
        && Objects.equals(spend, o.spend)
        && Objects.equals(revenue, o.revenue)
        && Objects.equals(postId, o.postId)
        && Objects.equals(account, o.account)
        && Objects.equals(permalink, o.permalink)
        && Objects.equals(campaign, o.campaign)
        && Objects.equals(pillar, o.pillar)
        && hashtags.equals(o.hashtags)
        && averageVideoWatchMillis == o.averageVideoWatchMillis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
                platform, publishedAt, format, purpose, paid, spend, revenue, postId, account,
                permalink, campaign, pillar, hashtags, averageVideoWatchMillis)
            * 31
        + Arrays.hashCode(counts);
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
    StringBuilder sb = new StringBuilder("PerformanceRecord{");
    if (postId != null) {
      sb.append(postId).append(", ");
    }
    if (account != null) {
      sb.append('@').append(account).append(", ");
    }
    sb.append(platform)
        .append(", ")
        .append(publishedAt)
        .append(", ")
        .append(format)
        .append(", ")
        .append(purpose)
        .append(", ")
        .append(paid);
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != MISSING) {
        sb.append(", ").append(Measure.ofIndex(i).fieldName()).append('=').append(counts[i]);
      }
    }
    if (averageVideoWatchMillis != MISSING) {
      sb.append(", averageVideoWatchTime=").append(Duration.ofMillis(averageVideoWatchMillis));
    }
    if (spend != null) {
      sb.append(", spend=").append(spend);
    }
    if (revenue != null) {
      sb.append(", revenue=").append(revenue);
    }
    appendLabel(sb, "campaign", campaign);
    appendLabel(sb, "pillar", pillar);
    if (!hashtags.isEmpty()) {
      sb.append(", hashtags=").append(hashtags);
    }
    appendLabel(sb, "permalink", permalink);
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
    /** Created with the first hashtag: most records built from exports have none. */
    private @Nullable LinkedHashSet<String> hashtags;
    private long averageVideoWatchMillis = MISSING;

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
      if (hashtags == null) {
        hashtags = new LinkedHashSet<>();
      }
      hashtags.add(tag);
      return this;
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
      this.hashtags = null;
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
      return new PerformanceRecord(this, counts.clone());
    }
  }

  /**
   * Rebuilds a deserialised record through its {@link Builder}, so a tampered stream cannot carry a
   * negative count, a negative amount, a blank post id or a missing required part.
   *
   * @return the value the factory rebuilt
   * @throws ObjectStreamException ({@link java.io.InvalidObjectException}) if the factory
   *     refuses what was read
   */
  private Object readResolve() throws ObjectStreamException {
    return SerialChecks.rebuild(
        () -> {
          Builder b =
              builder()
                  .platform(platform)
                  .publishedAt(publishedAt)
                  .format(format)
                  .purpose(purpose)
                  .paid(paid);
          if (Checks.notNull(counts, "counts").length != Measure.COUNT) {
            throw new IllegalArgumentException(
                "counts must have one entry per measure (" + Measure.COUNT + "): " + counts.length);
          }
          for (int i = 0; i < counts.length; i++) {
            if (counts[i] != MISSING) {
              b.count(Measure.ofIndex(i), counts[i]);
            }
          }
          if (spend != null) {
            b.spend(spend);
          }
          if (revenue != null) {
            b.revenue(revenue);
          }
          if (postId != null) {
            b.postId(postId);
          }
          if (account != null) {
            b.account(account);
          }
          if (permalink != null) {
            b.permalink(permalink);
          }
          if (campaign != null) {
            b.campaign(campaign);
          }
          if (pillar != null) {
            b.pillar(pillar);
          }
          b.hashtags(Checks.notNull(hashtags, "hashtags"));
          if (averageVideoWatchMillis != MISSING) {
            b.averageVideoWatchTime(Duration.ofMillis(averageVideoWatchMillis));
          }
          return b.build();
        });
  }
}
