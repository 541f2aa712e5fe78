package dev.socialplan.calendar;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Changes to one occurrence of a {@link RecurringPost} (CAL-5): every part that is present replaces
 * the template's; absent parts keep it. {@code OccurrenceOverride.builder().text("Holiday
 * edition").time(LocalDateTime.of(2026, 12, 24, 18, 0)).build()}.
 *
 * <p>The new {@link #time()} is a local date-time in the recurring post's zone, resolved like every
 * slot (see {@link dev.socialplan.calendar.schedule.WallClock}). The overridden post is validated
 * like any {@link ScheduledPost} when the recurring post is expanded.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OccurrenceOverride {

  OccurrenceOverride() {}

  /**
   * Returns the occurrence's new local time.
   *
   * @return the local date-time in the recurring post's zone
   */
  public abstract Optional<LocalDateTime> time();

  /**
   * Returns the occurrence's text.
   *
   * @return the text
   */
  public abstract Optional<String> text();

  /**
   * Returns the occurrence's hashtags, replacing the template's list.
   *
   * @return the hashtags, without {@code #}
   */
  public abstract Optional<List<String>> hashtags();

  /**
   * Returns the occurrence's mentions, replacing the template's list.
   *
   * @return the mentions, without {@code @}
   */
  public abstract Optional<List<String>> mentions();

  /**
   * Returns the occurrence's media, replacing the template's list.
   *
   * @return the media kinds
   */
  public abstract Optional<List<MediaKind>> media();

  /**
   * Returns the occurrence's format.
   *
   * @return the format
   */
  public abstract Optional<PostFormat> format();

  /**
   * Returns the occurrence's purpose.
   *
   * @return the purpose
   */
  public abstract Optional<PostPurpose> purpose();

  /**
   * Returns the occurrence's pillar.
   *
   * @return the pillar name
   */
  public abstract Optional<String> pillar();

  /**
   * Returns the occurrence's campaign.
   *
   * @return the campaign name
   */
  public abstract Optional<String> campaign();

  /**
   * Returns the occurrence's status.
   *
   * @return the status
   */
  public abstract Optional<PostStatus> status();

  /**
   * Returns the occurrence's duration.
   *
   * @return the duration
   */
  public abstract Optional<Duration> duration();

  /**
   * Returns the occurrence's priority.
   *
   * @return the priority
   */
  public abstract OptionalInt priority();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains an override that only moves the occurrence.
   *
   * @param time the new local time
   * @return the override
   */
  public static OccurrenceOverride movedTo(LocalDateTime time) {
    return builder().time(time).build();
  }

  /**
   * Obtains an override that only changes the text.
   *
   * @param text the new text
   * @return the override
   */
  public static OccurrenceOverride ofText(String text) {
    return builder().text(text).build();
  }

  /**
   * Applies the override to a post: present parts replace the post's.
   *
   * @param post the occurrence built from the template
   * @param time the occurrence's time, already resolved (the override's time or the original)
   * @return the changed post
   * @throws IllegalArgumentException if the result is not a valid post
   */
  ScheduledPost applyTo(ScheduledPost post, Instant time) {
    ScheduledPost.Builder b = ScheduledPost.builder().from(post);
    b.time(time);
    text().ifPresent(b::text);
    hashtags().ifPresent(b::hashtags);
    mentions().ifPresent(b::mentions);
    media().ifPresent(b::media);
    format().ifPresent(b::format);
    purpose().ifPresent(b::purpose);
    pillar().ifPresent(b::pillar);
    campaign().ifPresent(b::campaign);
    status().ifPresent(b::status);
    duration().ifPresent(b::duration);
    priority().ifPresent(b::priority);
    return b.build();
  }

  /** Builds an {@link OccurrenceOverride}. Not thread-safe. */
  public static final class Builder extends ImmutableOccurrenceOverride.Builder {
    Builder() {}
  }
}
