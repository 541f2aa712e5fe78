package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.UtmTemplate;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.Interval;

/**
 * A post in the backlog, waiting for a time: everything a {@link ScheduledPost} has except its time
 * and status, plus the window of its campaign.
 *
 * <p>The scheduler gives each draft it places a time on a slot of the schedule for its {@linkplain
 * #channel() channel} and turns it into a post with {@link #toPost(Instant)}: same id, same content,
 * status {@link PostStatus#DRAFT} (placing a post does not approve it).
 *
 * <p>A draft with a {@link #campaignWindow()} is placed only inside that window (half-open, {@code
 * [start, end)}; an unbounded end means no limit on that side). Higher {@link #priority()} drafts
 * are placed first and take the better times.
 *
 * <p>An {@linkplain #evergreen() evergreen} draft goes out again once published: the scheduler
 * recycles it after its {@link Evergreen#cooldown()}, into slots the other drafts left free, as
 * {@linkplain #recycledPost(int, Instant) recycled posts} with their own ids and rotated texts. No
 * post of it goes out at or after its {@link Evergreen#expiry()}.
 *
 * <p>Construction refuses only structural impossibilities, the same as {@link ScheduledPost}'s: a
 * blank id or account (and what {@link PostContent} refuses). A campaign
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
   * Returns the half-open period in which the post must go out to serve its campaign.
   *
   * @return the window; empty when the post may go out any time in the scheduled period
   */
  public abstract Optional<Interval> campaignWindow();

  /**
   * Returns what the post will say and why.
   *
   * @return the content, which the post keeps
   */
  public abstract PostContent content();

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
   * Returns how the draft is recycled once published.
   *
   * @return the recycling rule; empty when the draft goes out once
   */
  public abstract Optional<Evergreen> evergreen();

  /**
   * Returns the channel the draft goes out on.
   *
   * @return the platform and account
   */
  public Channel channel() {
    return account().map(a -> Channel.of(platform(), a)).orElseGet(() -> Channel.of(platform()));
  }

  /**
   * Tells whether the draft may go out at an instant: when its campaign window, if any, contains
   * it and it is before its evergreen expiry, if any.
   *
   * @param time the instant
   * @return true if the instant is in the campaign window (or there is none) and not expired
   */
  public boolean allowsTime(Instant time) {
    Checks.notNull(time, "time");
    return campaignWindow().map(w -> w.contains(time)).orElse(true)
        && evergreen().map(e -> e.allows(time)).orElse(true);
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
   * Obtains a draft with the default priority, on the platform's only account, with no campaign
   * window.
   *
   * @param id the draft's id, not blank
   * @param platform the platform to publish on
   * @param content what the post will say and why
   * @return the draft
   */
  public static Draft of(String id, Platform platform, PostContent content) {
    return builder().id(id).platform(platform).content(content).build();
  }

  /**
   * Returns a copy with another priority.
   *
   * @param priority the new priority
   * @return the new draft
   */
  public abstract Draft withPriority(int priority);

  /**
   * Returns a copy restricted to a campaign window.
   *
   * @param window the half-open period in which the post must go out
   * @return the new draft
   */
  public abstract Draft withCampaignWindow(Interval window);

  /**
   * Returns a copy that is recycled once published.
   *
   * @param evergreen how to recycle it
   * @return the new draft
   */
  public abstract Draft withEvergreen(Evergreen evergreen);

  /**
   * Returns a copy with other content.
   *
   * @param content the new content
   * @return the new draft
   */
  public abstract Draft withContent(PostContent content);

  /**
   * Returns a copy whose links are tagged for its campaign, as {@link
   * ScheduledPost#withTaggedLinks(UtmTemplate)} does; the post it becomes keeps them.
   *
   * @param template how to tag
   * @return the draft with tagged links; this draft when nothing changes
   */
  public Draft withTaggedLinks(UtmTemplate template) {
    Checks.notNull(template, "template");
    PostContent tagged = template.tagAll(content(), platform(), id());
    return tagged == content() ? this : withContent(tagged);
  }

  /**
   * Turns the draft into a post at a time, with status {@link PostStatus#DRAFT}.
   *
   * @param time when the post goes out
   * @return the post, with this draft's id, channel, content and priority
   */
  public ScheduledPost toPost(Instant time) {
    Checks.notNull(time, "time");
    return ScheduledPost.builder()
        .id(id())
        .platform(platform())
        .account(account())
        .time(time)
        .content(content())
        .priority(priority())
        .build();
  }

  /**
   * Turns the draft into its n-th recycled post at a time, with status {@link PostStatus#DRAFT}: id
   * {@link Evergreen#recycleId(String, int) id~n}, the text of publication n ({@link
   * Evergreen#textOf(String, int)}), everything else as {@link #toPost(Instant)}.
   *
   * @param recycling the number of the recycling, at least 1
   * @param time when the post goes out
   * @return the recycled post
   * @throws IllegalStateException if the draft is not evergreen
   * @throws IllegalArgumentException if {@code recycling < 1}
   */
  public ScheduledPost recycledPost(int recycling, Instant time) {
    Checks.notNull(time, "time");
    Evergreen rule =
        evergreen().orElseThrow(() -> new IllegalStateException("draft " + id() + " is not evergreen"));
    String recycledId = Evergreen.recycleId(id(), recycling);
    String text = rule.textOf(content().text(), recycling);
    return ScheduledPost.builder()
        .id(recycledId)
        .platform(platform())
        .account(account())
        .time(time)
        .content(text.equals(content().text()) ? content() : content().withText(text))
        .priority(priority())
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
        .content(post.content())
        .priority(post.priority())
        .build();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "id");
    account().ifPresent(a -> Checks.nonBlank(a, "account"));
  }

  /** Builds a {@link Draft}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableDraft.Builder {
    Builder() {}
  }
}
