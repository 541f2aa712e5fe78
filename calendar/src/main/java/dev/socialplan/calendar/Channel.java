package dev.socialplan.calendar;

import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where posts go out: a platform, or one account on it. A {@link PostingSchedule} is for a channel,
 * and so is every {@linkplain dev.socialplan.calendar.scheduler.Draft draft} and {@link
 * ScheduledPost}.
 *
 * <p>A channel without an account stands for the platform as a whole: a schedule for it counts every
 * post on the platform (as {@code ContentCalendar.isFree} does), and a draft for it goes to that
 * schedule. Channels are ordered by platform, then with the whole platform before its accounts, then
 * by account. This class is immutable and thread-safe.
 */
public final class Channel implements Comparable<Channel> {
  private static final Comparator<Channel> ORDER =
      Comparator.comparing(Channel::platform)
          .thenComparing(c -> c.account == null ? "" : "\u0001" + c.account);

  private final Platform platform;
  private final @Nullable String account;

  private Channel(Platform platform, @Nullable String account) {
    this.platform = platform;
    this.account = account;
  }

  /**
   * Obtains the channel of a whole platform.
   *
   * @param platform the platform
   * @return the channel without an account
   */
  public static Channel of(Platform platform) {
    return new Channel(Checks.notNull(platform, "platform"), null);
  }

  /**
   * Obtains the channel of one account on a platform.
   *
   * @param platform the platform
   * @param account the account handle or id, not blank
   * @return the channel
   * @throws IllegalArgumentException if the account is blank
   */
  public static Channel of(Platform platform, String account) {
    return new Channel(Checks.notNull(platform, "platform"), Checks.nonBlank(account, "account"));
  }

  /** The channel of a platform and an account that may be absent. */
  private static Channel of(Platform platform, Optional<String> account) {
    Checks.notNull(account, "account");
    return account.isPresent() ? of(platform, account.get()) : of(platform);
  }

  /**
   * Returns the channel a schedule is for.
   *
   * @param schedule the schedule
   * @return its platform and account
   */
  public static Channel of(PostingSchedule schedule) {
    Checks.notNull(schedule, "schedule");
    return of(schedule.platform(), schedule.account());
  }

  /**
   * Returns the channel a post goes out on.
   *
   * @param post the post
   * @return its platform and account
   */
  public static Channel of(ScheduledPost post) {
    Checks.notNull(post, "post");
    return of(post.platform(), post.account());
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
   * Returns the account.
   *
   * @return the account, or empty for the whole platform
   */
  public Optional<String> account() {
    return Optional.ofNullable(account);
  }

  /**
   * Tells whether this channel stands for a whole platform.
   *
   * @return true if there is no account
   */
  public boolean isWholePlatform() {
    return account == null;
  }

  /**
   * Returns the channel of the whole platform this channel is on.
   *
   * @return this channel without its account
   */
  public Channel wholePlatform() {
    return account == null ? this : of(platform);
  }

  /**
   * Tells whether a schedule for this channel counts a post on another channel: the same channel,
   * or any account of this channel's platform when this channel is the whole platform.
   *
   * @param postChannel the channel of the post
   * @return true if this channel covers it
   */
  public boolean covers(Channel postChannel) {
    Checks.notNull(postChannel, "postChannel");
    return platform.equals(postChannel.platform)
        && (account == null || account.equals(postChannel.account));
  }

  @Override
  public int compareTo(Channel other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Channel
        && platform.equals(((Channel) obj).platform)
        && Objects.equals(account, ((Channel) obj).account);
  }

  @Override
  public int hashCode() {
    return platform.hashCode() * 31 + Objects.hashCode(account);
  }

  /**
   * Returns the platform id and the account: {@code instagram} or {@code instagram/@bakery}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return account == null ? platform.id() : platform.id() + "/" + account;
  }
}
