package dev.socialplan.calendar;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One post in a content calendar: where ({@link #platform()}, {@link #account()}), when ({@link
 * #time()}), what and why ({@link #content()}) and in which state ({@link #status()}).
 *
 * <p>The time is an {@link Instant}: unambiguous, totally ordered and independent of any zone. The
 * {@link ContentCalendar} carries the zone in which posts are shown and days are counted, and a
 * {@code PostingSchedule} its own zone for slots.
 *
 * <p>Construction refuses only structural impossibilities: a blank id or account (and what {@link
 * PostContent} refuses). Whether the text fits the platform, whether UGC
 * has permission and whether a live stream was announced are findings of the calendar rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScheduledPost {

  private static final Comparator<ScheduledPost> TIME_ORDER =
      Comparator.comparing(ScheduledPost::time).thenComparing(ScheduledPost::id);

  ScheduledPost() {}

  /**
   * Returns the post's id, unique within a calendar and stable across exports.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns the platform the post is published on.
   *
   * @return the platform
   */
  public abstract Platform platform();

  /**
   * Returns the account on the platform, when the brand posts from more than one.
   *
   * @return the account handle or id, not blank
   */
  public abstract Optional<String> account();

  /**
   * Returns when the post is published (or, for a live stream, when it starts).
   *
   * @return the instant
   */
  public abstract Instant time();

  /**
   * Returns the channel the post goes out on: its platform, and its account if it has one.
   *
   * @return the channel
   */
  public Channel channel() {
    return Channel.of(this);
  }

  /**
   * Returns what the post says and why.
   *
   * @return the content
   */
  public abstract PostContent content();

  /**
   * Returns the post's state in the approval workflow.
   *
   * @return the status, {@link PostStatus#DRAFT} by default
   */
  @Value.Default
  public PostStatus status() {
    return PostStatus.DRAFT;
  }

  /**
   * Returns the post's priority: a scheduler places higher priorities first.
   *
   * @return the priority, 0 by default; any value
   */
  @Value.Default
  public int priority() {
    return 0;
  }

  /**
   * Returns the order of a calendar: by time, then by id.
   *
   * @return the comparator
   */
  public static Comparator<ScheduledPost> timeOrder() {
    return TIME_ORDER;
  }

  /**
   * Obtains a post with the default status ({@link PostStatus#DRAFT}) and priority, on the
   * platform's only account.
   *
   * @param id the post's id, not blank
   * @param platform the platform it is published on
   * @param time when it is published
   * @param content what it says and why
   * @return the post
   */
  public static ScheduledPost of(String id, Platform platform, Instant time, PostContent content) {
    return builder().id(id).platform(platform).time(time).content(content).build();
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
   * Returns a copy at another time.
   *
   * @param time the new time
   * @return the new post
   */
  public abstract ScheduledPost withTime(Instant time);

  /**
   * Returns a copy in another state.
   *
   * @param status the new status
   * @return the new post
   */
  public abstract ScheduledPost withStatus(PostStatus status);

  /**
   * Returns a copy with other content.
   *
   * @param content the new content
   * @return the new post
   */
  public abstract ScheduledPost withContent(PostContent content);

  /**
   * Returns a copy with another id.
   *
   * @param id the new id, not blank
   * @return the new post
   */
  public abstract ScheduledPost withId(String id);

  /**
   * Returns a copy with another text: shorthand for {@code withContent(content().withText(text))}.
   *
   * @param text the new text
   * @return the new post
   */
  public ScheduledPost withText(String text) {
    return withContent(content().withText(text));
  }

  /**
   * Returns a copy whose links are tagged for its campaign: shorthand for {@code
   * withContent(template.tagAll(content(), platform(), id()))}.
   *
   * @param template how to tag
   * @return the post with tagged links; this post when nothing changes
   */
  public ScheduledPost withTaggedLinks(UtmTemplate template) {
    Checks.notNull(template, "template");
    PostContent tagged = template.tagAll(content(), platform(), id());
    return tagged == content() ? this : withContent(tagged);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "id");
    account().ifPresent(a -> Checks.nonBlank(a, "account"));
  }

  /** Builds a {@link ScheduledPost}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableScheduledPost.Builder {
    Builder() {}
  }
}
