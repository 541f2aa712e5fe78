package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostSource;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.Interval;

/**
 * A post in the backlog, waiting for a time: everything a {@link ScheduledPost} has except its time
 * and status, plus the window of its campaign (SPEC CAL-4).
 *
 * <p>The scheduler gives each draft it places a time on a slot of the schedule for its {@linkplain
 * #channel() channel} and turns it into a post with {@link #toPost(Instant)}: same id, same content,
 * status {@link PostStatus#DRAFT} (placing a post does not approve it).
 *
 * <p>A draft with a {@link #campaignWindow()} is placed only inside that window (half-open, {@code
 * [start, end)}; an unbounded end means no limit on that side). Higher {@link #priority()} drafts
 * are placed first and take the better times.
 *
 * <p>Construction refuses only structural impossibilities, the same as {@link ScheduledPost}'s: a
 * blank id, account, pillar, campaign or announced id, a hashtag or mention that is blank, contains
 * white space or starts with {@code #} or {@code @}, and a duration that is not positive. A campaign
 * window that misses the scheduled period is reported by the scheduler, not refused.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Draft {

  Draft() {}

  /**
   * Returns the draft's id, which the post keeps.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns the platform to publish on.
   *
   * @return the platform
   */
  public abstract Platform platform();

  /**
   * Returns the account on the platform, when the brand posts from more than one.
   *
   * @return the account, not blank
   */
  public abstract Optional<String> account();

  /**
   * Returns the post's format.
   *
   * @return the format
   */
  public abstract PostFormat format();

  /**
   * Returns why the post is published.
   *
   * @return the purpose
   */
  public abstract PostPurpose purpose();

  /**
   * Returns the name of the content pillar.
   *
   * @return the pillar, not blank
   */
  public abstract Optional<String> pillar();

  /**
   * Returns the name of the campaign.
   *
   * @return the campaign, not blank
   */
  public abstract Optional<String> campaign();

  /**
   * Returns the half-open period in which the post must go out to serve its campaign.
   *
   * @return the window; empty when the post may go out any time in the scheduled period
   */
  public abstract Optional<Interval> campaignWindow();

  /**
   * Returns the text.
   *
   * @return the text, empty by default
   */
  @Value.Default
  public String text() {
    return "";
  }

  /**
   * Returns the hashtags, without the leading {@code #}.
   *
   * @return the hashtags, in order
   */
  public abstract List<String> hashtags();

  /**
   * Returns the accounts mentioned, without the leading {@code @}.
   *
   * @return the mentions, in order
   */
  public abstract List<String> mentions();

  /**
   * Returns the media attachments.
   *
   * @return the kinds of the attachments, in order
   */
  public abstract List<MediaKind> media();

  /**
   * Returns the running time of a video or live stream.
   *
   * @return the duration, positive
   */
  public abstract Optional<Duration> duration();

  /**
   * Returns where the content comes from.
   *
   * @return the source, {@link PostSource#original()} by default
   */
  @Value.Default
  public PostSource source() {
    return PostSource.original();
  }

  /**
   * Returns where the content comes from for the content mix; see {@link
   * ScheduledPost#contentSource()}.
   *
   * @return {@link ContentSource#CURATED} for user-generated content and {@link
   *     ContentSource#ORIGINAL} otherwise, unless set
   */
  @Value.Default
  public ContentSource contentSource() {
    return source().isUserGenerated() ? ContentSource.CURATED : ContentSource.ORIGINAL;
  }

  /**
   * Returns the priority: higher priorities are placed first.
   *
   * @return the priority, 0 by default; any value
   */
  @Value.Default
  public int priority() {
    return 0;
  }

  /**
   * Tells whether the post belongs to a purpose-driven campaign; see {@link
   * ScheduledPost#purposeDriven()}.
   *
   * @return true for a purpose-driven post, false by default
   */
  @Value.Default
  public boolean purposeDriven() {
    return false;
  }

  /**
   * Returns the id of a later post this one announces, typically a live stream.
   *
   * @return the announced post's id, not blank
   */
  public abstract Optional<String> announces();

  /**
   * Returns the channel the draft goes out on.
   *
   * @return the platform and account
   */
  public Channel channel() {
    return Channel.of(platform(), account());
  }

  /**
   * Returns what the post is for a content mix.
   *
   * @return the purpose and content source
   */
  public ContentKind kind() {
    return ContentKind.of(purpose(), contentSource());
  }

  /**
   * Tells whether the draft may go out at an instant: always without a campaign window, otherwise
   * when the window contains it.
   *
   * @param time the instant
   * @return true if the instant is in the campaign window or there is none
   */
  public boolean allowsTime(Instant time) {
    Checks.notNull(time, "time");
    return campaignWindow().map(w -> w.contains(time)).orElse(true);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy with another priority.
   *
   * @param priority the new priority
   * @return the new draft
   */
  public Draft withPriority(int priority) {
    return builder().from(this).priority(priority).build();
  }

  /**
   * Returns a copy restricted to a campaign window.
   *
   * @param window the half-open period in which the post must go out
   * @return the new draft
   */
  public Draft withCampaignWindow(Interval window) {
    return builder().from(this).campaignWindow(window).build();
  }

  /**
   * Turns the draft into a post at a time, with status {@link PostStatus#DRAFT}.
   *
   * @param time when the post goes out
   * @return the post, with this draft's id and content
   */
  public ScheduledPost toPost(Instant time) {
    Checks.notNull(time, "time");
    return ScheduledPost.builder()
        .id(id())
        .platform(platform())
        .account(account())
        .time(time)
        .format(format())
        .purpose(purpose())
        .pillar(pillar())
        .campaign(campaign())
        .text(text())
        .hashtags(hashtags())
        .mentions(mentions())
        .media(media())
        .duration(duration())
        .source(source())
        .contentSource(contentSource())
        .priority(priority())
        .purposeDriven(purposeDriven())
        .announces(announces())
        .build();
  }

  /**
   * Obtains the draft a post was made from, dropping its time and status: {@code
   * Draft.from(post).toPost(post.time())} equals the post when its status is {@link PostStatus#DRAFT}.
   *
   * @param post the post
   * @return the draft, without a campaign window
   */
  public static Draft from(ScheduledPost post) {
    Checks.notNull(post, "post");
    return builder()
        .id(post.id())
        .platform(post.platform())
        .account(post.account())
        .format(post.format())
        .purpose(post.purpose())
        .pillar(post.pillar())
        .campaign(post.campaign())
        .text(post.text())
        .hashtags(post.hashtags())
        .mentions(post.mentions())
        .media(post.media())
        .duration(post.duration())
        .source(post.source())
        .contentSource(post.contentSource())
        .priority(post.priority())
        .purposeDriven(post.purposeDriven())
        .announces(post.announces())
        .build();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "id");
    account().ifPresent(a -> Checks.nonBlank(a, "account"));
    pillar().ifPresent(p -> Checks.nonBlank(p, "pillar"));
    campaign().ifPresent(c -> Checks.nonBlank(c, "campaign"));
    announces().ifPresent(a -> Checks.nonBlank(a, "announces"));
    checkHandles(hashtags(), "hashtags", '#');
    checkHandles(mentions(), "mentions", '@');
    if (duration().isPresent() && (duration().get().isNegative() || duration().get().isZero())) {
      throw new IllegalArgumentException("duration must be positive: " + duration().get());
    }
  }

  private static void checkHandles(List<String> values, String field, char sigil) {
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      String name = field + "[" + i + "]";
      Checks.nonBlank(value, name);
      if (value.charAt(0) == sigil || value.codePoints().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            name + " must not start with '" + sigil + "' or contain white space: \"" + value + "\"");
      }
    }
  }

  /** Builds a {@link Draft}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableDraft.Builder {
    Builder() {}
  }
}
