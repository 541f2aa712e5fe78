package dev.socialplan.analytics.aggregate;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.YearWeek;

/**
 * The key of one group of a {@link PerformanceBreakdown}: a value for each {@link Dimension} of its
 * {@link Grouping}, empty for the dimensions the grouping does not use.
 *
 * <p>Build one to look a group up: {@code GroupKey.empty().withPlatform(Platform.FACEBOOK)
 * .withTimeOfWeek(TimeOfWeek.of(TUESDAY, 9))}. Keys sort by platform, format, purpose, paid status,
 * account, campaign, pillar, hashtag, time of week, day, week and month, a missing part first.
 *
 * <p>An empty account, campaign, pillar or hashtag part means either that the grouping does not use
 * that dimension or, when it does, the group of posts that have none: the grouping says which.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GroupKey implements Comparable<GroupKey>, Serializable {
  private static final long serialVersionUID = 1L;

  private static final GroupKey EMPTY =
      new GroupKey(null, null, null, null, null, null, null, null, null, null, null, null);

  private static final Comparator<GroupKey> ORDER =
      Comparator.comparing((GroupKey k) -> k.platform, nullsFirst())
          .thenComparing(k -> k.format, nullsFirst())
          .thenComparing(k -> k.purpose, nullsFirst())
          .thenComparing(k -> k.paid, nullsFirst())
          .thenComparing(k -> k.account, nullsFirst())
          .thenComparing(k -> k.campaign, nullsFirst())
          .thenComparing(k -> k.pillar, nullsFirst())
          .thenComparing(k -> k.hashtag, nullsFirst())
          .thenComparing(k -> k.timeOfWeek, nullsFirst())
          .thenComparing(k -> k.day, nullsFirst())
          .thenComparing(k -> k.week, nullsFirst())
          .thenComparing(k -> k.month, nullsFirst());

  /** The platform, or null when not grouped by platform. */
  private final @Nullable Platform platform;

  /** The format, or null when not grouped by format. */
  private final @Nullable PostFormat format;

  /** The purpose, or null when not grouped by purpose. */
  private final @Nullable PostPurpose purpose;

  /** The paid status, or null when not grouped by it. */
  private final @Nullable PaidStatus paid;

  /** The account, or null when not grouped by account or the posts have none. */
  private final @Nullable String account;

  /** The campaign, or null when not grouped by campaign or the posts have none. */
  private final @Nullable String campaign;

  /** The pillar, or null when not grouped by pillar or the posts have none. */
  private final @Nullable String pillar;

  /** The hashtag, or null when not grouped by hashtag or the posts have none. */
  private final @Nullable String hashtag;

  /** The local weekday and hour, or null when not grouped by them. */
  private final @Nullable TimeOfWeek timeOfWeek;

  /** The local date, or null when not grouped by day. */
  private final @Nullable LocalDate day;

  /** The ISO week, or null when not grouped by week. */
  private final @Nullable YearWeek week;

  /** The local month, or null when not grouped by month. */
  private final @Nullable YearMonth month;

  GroupKey(
      @Nullable Platform platform,
      @Nullable PostFormat format,
      @Nullable PostPurpose purpose,
      @Nullable PaidStatus paid,
      @Nullable String account,
      @Nullable String campaign,
      @Nullable String pillar,
      @Nullable String hashtag,
      @Nullable TimeOfWeek timeOfWeek,
      @Nullable LocalDate day,
      @Nullable YearWeek week,
      @Nullable YearMonth month) {
    this.platform = platform;
    this.format = format;
    this.purpose = purpose;
    this.paid = paid;
    this.account = account;
    this.campaign = campaign;
    this.pillar = pillar;
    this.hashtag = hashtag;
    this.timeOfWeek = timeOfWeek;
    this.day = day;
    this.week = week;
    this.month = month;
  }

  private static <T extends Comparable<? super T>> Comparator<@Nullable T> nullsFirst() {
    return Comparator.nullsFirst(Comparator.<T>naturalOrder());
  }

  /**
   * Returns the key with no parts: the key of the single group of {@link Grouping#none()}.
   *
   * @return the empty key
   */
  public static GroupKey empty() {
    return EMPTY;
  }

  /**
   * Returns the platform part.
   *
   * @return the platform, or empty when the grouping does not use it
   */
  public Optional<Platform> platform() {
    return Optional.ofNullable(platform);
  }

  /**
   * Returns the format part.
   *
   * @return the format, or empty when the grouping does not use it
   */
  public Optional<PostFormat> format() {
    return Optional.ofNullable(format);
  }

  /**
   * Returns the purpose part.
   *
   * @return the purpose, or empty when the grouping does not use it
   */
  public Optional<PostPurpose> purpose() {
    return Optional.ofNullable(purpose);
  }

  /**
   * Returns the paid-status part.
   *
   * @return the paid status, or empty when the grouping does not use it
   */
  public Optional<PaidStatus> paid() {
    return Optional.ofNullable(paid);
  }

  /**
   * Returns the account part.
   *
   * @return the account, or empty when the grouping does not use it or for the group of posts
   *     without an account
   */
  public Optional<String> account() {
    return Optional.ofNullable(account);
  }

  /**
   * Returns the campaign part.
   *
   * @return the campaign, or empty when the grouping does not use it or for the group of posts
   *     without a campaign
   */
  public Optional<String> campaign() {
    return Optional.ofNullable(campaign);
  }

  /**
   * Returns the content pillar part.
   *
   * @return the pillar, or empty when the grouping does not use it or for the group of posts
   *     without a pillar
   */
  public Optional<String> pillar() {
    return Optional.ofNullable(pillar);
  }

  /**
   * Returns the hashtag part, without its {@code #}.
   *
   * @return the hashtag, or empty when the grouping does not use it or for the group of posts
   *     without a hashtag
   */
  public Optional<String> hashtag() {
    return Optional.ofNullable(hashtag);
  }

  /**
   * Returns the local weekday × hour part.
   *
   * @return the time of week, or empty when the grouping does not use it
   */
  public Optional<TimeOfWeek> timeOfWeek() {
    return Optional.ofNullable(timeOfWeek);
  }

  /**
   * Returns the local date part.
   *
   * @return the day, or empty when the grouping does not use it
   */
  public Optional<LocalDate> day() {
    return Optional.ofNullable(day);
  }

  /**
   * Returns the ISO week part.
   *
   * @return the week, or empty when the grouping does not use it
   */
  public Optional<YearWeek> week() {
    return Optional.ofNullable(week);
  }

  /**
   * Returns the local month part.
   *
   * @return the month, or empty when the grouping does not use it
   */
  public Optional<YearMonth> month() {
    return Optional.ofNullable(month);
  }

  /**
   * Returns a copy with the platform part set.
   *
   * @param platform the platform
   * @return the new key
   */
  public GroupKey withPlatform(Platform platform) {
    Checks.notNull(platform, "platform");
    return new GroupKey(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week, month);
  }

  /**
   * Returns a copy with the format part set.
   *
   * @param format the format
   * @return the new key
   */
  public GroupKey withFormat(PostFormat format) {
    Checks.notNull(format, "format");
    return new GroupKey(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week, month);
  }

  /**
   * Returns a copy with the purpose part set.
   *
   * @param purpose the purpose
   * @return the new key
   */
  public GroupKey withPurpose(PostPurpose purpose) {
    Checks.notNull(purpose, "purpose");
    return new GroupKey(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week, month);
  }

  /**
   * Returns a copy with the paid-status part set.
   *
   * @param paid the paid status
   * @return the new key
   */
  public GroupKey withPaid(PaidStatus paid) {
    Checks.notNull(paid, "paid");
    return new GroupKey(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week, month);
  }

  /**
   * Returns a copy with the account part set.
   *
   * @param account the account, not blank
   * @return the new key
   */
  public GroupKey withAccount(String account) {
    Checks.nonBlank(account, "account");
    return new GroupKey(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week,
        month);
  }

  /**
   * Returns a copy with the campaign part set.
   *
   * @param campaign the campaign, not blank
   * @return the new key
   */
  public GroupKey withCampaign(String campaign) {
    Checks.nonBlank(campaign, "campaign");
    return new GroupKey(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week,
        month);
  }

  /**
   * Returns a copy with the content pillar part set.
   *
   * @param pillar the pillar's name, not blank
   * @return the new key
   */
  public GroupKey withPillar(String pillar) {
    Checks.nonBlank(pillar, "pillar");
    return new GroupKey(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week,
        month);
  }

  /**
   * Returns a copy with the hashtag part set.
   *
   * @param hashtag the hashtag without its {@code #}, not blank
   * @return the new key
   */
  public GroupKey withHashtag(String hashtag) {
    Checks.nonBlank(hashtag, "hashtag");
    return new GroupKey(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week,
        month);
  }

  /**
   * Returns a copy with the time-of-week part set.
   *
   * @param timeOfWeek the local weekday and hour
   * @return the new key
   */
  public GroupKey withTimeOfWeek(TimeOfWeek timeOfWeek) {
    Checks.notNull(timeOfWeek, "timeOfWeek");
    return new GroupKey(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week, month);
  }

  /**
   * Returns a copy with the day part set.
   *
   * @param day the local date
   * @return the new key
   */
  public GroupKey withDay(LocalDate day) {
    Checks.notNull(day, "day");
    return new GroupKey(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week, month);
  }

  /**
   * Returns a copy with the week part set.
   *
   * @param week the ISO week
   * @return the new key
   */
  public GroupKey withWeek(YearWeek week) {
    Checks.notNull(week, "week");
    return new GroupKey(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week, month);
  }

  /**
   * Returns a copy with the month part set.
   *
   * @param month the local month
   * @return the new key
   */
  public GroupKey withMonth(YearMonth month) {
    Checks.notNull(month, "month");
    return new GroupKey(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week, month);
  }

  @Override
  public int compareTo(GroupKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof GroupKey)) {
      return false;
    }
    GroupKey o = (GroupKey) obj;
    return Objects.equals(platform, o.platform)
        && format == o.format
        && purpose == o.purpose
        && paid == o.paid
        && Objects.equals(account, o.account)
        && Objects.equals(campaign, o.campaign)
        && Objects.equals(pillar, o.pillar)
        && Objects.equals(hashtag, o.hashtag)
        && Objects.equals(timeOfWeek, o.timeOfWeek)
        && Objects.equals(day, o.day)
        && Objects.equals(week, o.week)
        && Objects.equals(month, o.month);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        platform, format, purpose, paid, account, campaign, pillar, hashtag, timeOfWeek, day, week,
        month);
  }

  /**
   * Returns the parts that are set, such as {@code [Facebook, TUESDAY 09:00]} or {@code [@acme,
   * campaign spring, pillar tips, #sale]}; {@code [all]} for the empty key.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(", ", "[", "]");
    Object[] parts = {
      platform, format, purpose, paid,
      account == null ? null : "@" + account,
      campaign == null ? null : "campaign " + campaign,
      pillar == null ? null : "pillar " + pillar,
      hashtag == null ? null : "#" + hashtag,
      timeOfWeek, day, week, month
    };
    for (Object part : parts) {
      if (part != null) {
        j.add(part.toString());
      }
    }
    return j.length() == 2 ? "[all]" : j.toString();
  }

  /**
   * Keeps {@link #empty()} unique after deserialisation and refuses a blank account, campaign,
   * pillar or hashtag, as the {@code with} methods do. A key has no rule across its parts, and the
   * other parts are read through their own checks (a platform through {@code Platform.of}, an hour
   * of the week through its record constructor, dates, weeks and months through java.time's serial
   * forms), so a stream cannot make a key the factory would refuse.
   *
   * @return the empty key, or this key
   * @throws java.io.ObjectStreamException ({@link java.io.InvalidObjectException}) if a label is
   *     blank
   */
  private Object readResolve() throws java.io.ObjectStreamException {
    return dev.socialplan.internal.SerialChecks.rebuild(
        () -> {
          String[][] labels = {
            {account, "account"}, {campaign, "campaign"}, {pillar, "pillar"}, {hashtag, "hashtag"}
          };
          for (String[] label : labels) {
            if (label[0] != null) {
              Checks.nonBlank(label[0], label[1]);
            }
          }
          return equals(EMPTY) ? EMPTY : this;
        });
  }
}
