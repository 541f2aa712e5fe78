package dev.socialplan.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Changes to one occurrence of a {@link RecurringPost}: every part that is present replaces the
 * template's; absent parts keep it. The content is replaced as a whole, so an override can change
 * any part of what the post says:
 *
 * <pre>{@code
 * PostContent holiday = recurring.template().content().withText("Holiday edition");
 * OccurrenceOverride change = OccurrenceOverride.builder()
 *     .content(holiday)
 *     .time(LocalDateTime.of(2026, 12, 24, 18, 0))
 *     .build();
 * }</pre>
 *
 * <p>The new {@link #time()} is a local date-time in the recurring post's zone, resolved like every
 * slot (see {@link dev.socialplan.calendar.schedule.WallClock}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OccurrenceOverride {

  OccurrenceOverride() {}

  /**
   * Returns the occurrence's new local time.
   *
   * @return the local date-time in the recurring post's zone; empty to keep the occurrence's
   */
  public abstract Optional<LocalDateTime> time();

  /**
   * Returns the occurrence's content, replacing the template's.
   *
   * @return the content; empty to keep the template's
   */
  public abstract Optional<PostContent> content();

  /**
   * Returns the occurrence's status.
   *
   * @return the status; empty to keep the template's
   */
  public abstract Optional<PostStatus> status();

  /**
   * Returns the occurrence's priority.
   *
   * @return the priority; empty to keep the template's
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
   * Obtains an override that only replaces the content.
   *
   * @param content the occurrence's content
   * @return the override
   */
  public static OccurrenceOverride of(PostContent content) {
    return builder().content(content).build();
  }

  /**
   * Applies the override to a post: present parts replace the post's.
   *
   * @param post the occurrence built from the template
   * @param time the occurrence's time, already resolved (the override's time or the original)
   * @return the changed post
   */
  ScheduledPost applyTo(ScheduledPost post, Instant time) {
    ScheduledPost.Builder b = ScheduledPost.builder().from(post);
    b.time(time);
    content().ifPresent(b::content);
    status().ifPresent(b::status);
    priority().ifPresent(b::priority);
    return b.build();
  }

  /** Builds an {@link OccurrenceOverride}. Not thread-safe. */
  public static final class Builder extends ImmutableOccurrenceOverride.Builder {
    Builder() {}
  }
}
