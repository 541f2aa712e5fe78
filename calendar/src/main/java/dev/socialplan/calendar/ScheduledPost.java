package dev.socialplan.calendar;

import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One post in a content calendar (CAL-2): where, when, what, why and in which state.
 *
 * <p>The time is an {@link Instant}: unambiguous, totally ordered and independent of any zone. The
 * {@link ContentCalendar} carries the zone in which posts are shown and days are counted, and a
 * {@code PostingSchedule} its own zone for slots.
 *
 * <p>Construction refuses only structural impossibilities: a blank id, account, pillar, campaign or
 * creator, a hashtag or mention that is blank, contains white space or starts with {@code #} or
 * {@code @}, and a duration that is not positive. Whether the text fits the platform, whether UGC
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
   * Returns the name of the content pillar the post belongs to.
   *
   * @return the pillar name, not blank
   */
  public abstract Optional<String> pillar();

  /**
   * Returns the name of the campaign the post belongs to.
   *
   * @return the campaign name, not blank
   */
  public abstract Optional<String> campaign();

  /**
   * Returns the post's text (caption, body).
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
   * Returns the media attachments, one entry per attachment.
   *
   * @return the kinds of the attachments, in order
   */
  public abstract List<MediaKind> media();

  /**
   * Returns the running time of a live stream or video.
   *
   * @return the duration, positive
   */
  public abstract Optional<Duration> duration();

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
   * Returns where the content comes from.
   *
   * @return the source, {@link PostSource#original()} by default
   */
  @Value.Default
  public PostSource source() {
    return PostSource.original();
  }

  /**
   * Returns where the content comes from for the content mix (the dimension of the rule of thirds
   * and 5-3-2; see {@link ContentSource}). Defaults to {@link ContentSource#CURATED} for
   * user-generated content and {@link ContentSource#ORIGINAL} otherwise; set {@link
   * ContentSource#PERSONAL} for behind-the-scenes posts.
   *
   * @return the content source
   */
  @Value.Default
  public ContentSource contentSource() {
    return source().isUserGenerated() ? ContentSource.CURATED : ContentSource.ORIGINAL;
  }

  /**
   * Returns what the post is for a content mix: its purpose and content source.
   *
   * @return the content kind
   */
  public ContentKind kind() {
    return ContentKind.of(purpose(), contentSource());
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
   * Tells whether the post belongs to a purpose-driven campaign (a social or environmental cause),
   * which the calendar rules require to be approved before publishing.
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
   * Returns the number of media attachments.
   *
   * @return the size of {@link #media()}
   */
  public int mediaCount() {
    return media().size();
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
  public ScheduledPost withTime(Instant time) {
    return builder().from(this).time(time).build();
  }

  /**
   * Returns a copy in another state.
   *
   * @param status the new status
   * @return the new post
   */
  public ScheduledPost withStatus(PostStatus status) {
    return builder().from(this).status(status).build();
  }

  /**
   * Returns a copy with another text.
   *
   * @param text the new text
   * @return the new post
   */
  public ScheduledPost withText(String text) {
    return builder().from(this).text(text).build();
  }

  /**
   * Returns a copy with another id.
   *
   * @param id the new id, not blank
   * @return the new post
   */
  public ScheduledPost withId(String id) {
    return builder().from(this).id(id).build();
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
    duration()
        .ifPresent(
            d -> {
              if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("duration must be positive: " + d);
              }
            });
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

  /** Builds a {@link ScheduledPost}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableScheduledPost.Builder {
    Builder() {}
  }
}
