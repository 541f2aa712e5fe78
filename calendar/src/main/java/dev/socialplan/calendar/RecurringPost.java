package dev.socialplan.calendar;

import dev.socialplan.calendar.schedule.RecurrencePattern;
import dev.socialplan.calendar.schedule.WallClock;
import dev.socialplan.internal.Checks;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.threeten.extra.Interval;

/**
 * A post repeated by a recurrence rule: a template, a {@link RecurrencePattern} in a zone,
 * per-occurrence {@linkplain OccurrenceOverride overrides} and skips.
 *
 * <p>Each occurrence is the template with the occurrence's time and the id {@code
 * <template id>@<local date-time as yyyyMMdd'T'HHmmss>} ({@code tip-tuesday@20260106T090000}), so
 * ids are stable across expansions and unique within the series. Overrides and skips are keyed by
 * the occurrence's <em>original</em> local date-time; an overridden time moves the occurrence but
 * keeps its id. The template's own time is not used.
 *
 * <p>An override or skip for a local date-time that is not an occurrence of the pattern is refused
 * at construction, as is a time both overridden and skipped.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecurringPost {

  private static final DateTimeFormatter OCCURRENCE_ID =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

  RecurringPost() {}

  /**
   * Returns the post every occurrence copies; its id names the series and its time is not used.
   *
   * @return the template
   */
  public abstract ScheduledPost template();

  /**
   * Returns when the post recurs, in local time.
   *
   * @return the pattern
   */
  public abstract RecurrencePattern pattern();

  /**
   * Returns the zone the pattern's local times are resolved in.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * Returns the changes to single occurrences, keyed by their original local date-time.
   *
   * @return the overrides
   */
  public abstract Map<LocalDateTime, OccurrenceOverride> overrides();

  /**
   * Returns the original local date-times of occurrences that are left out.
   *
   * @return the skipped occurrences, ascending
   */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDateTime> skips();

  /**
   * Obtains a recurring post without overrides or skips.
   *
   * @param template the post to repeat
   * @param pattern when it repeats
   * @param zone the zone of the pattern's local times
   * @return the recurring post
   */
  public static RecurringPost of(ScheduledPost template, RecurrencePattern pattern, ZoneId zone) {
    return builder().template(template).pattern(pattern).zone(zone).build();
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
   * Returns a copy with one occurrence overridden (replacing an earlier override of it).
   *
   * @param occurrence the original local date-time of the occurrence
   * @param change the override
   * @return the new recurring post
   * @throws IllegalArgumentException if the date-time is not an occurrence or is skipped
   */
  public RecurringPost withOverride(LocalDateTime occurrence, OccurrenceOverride change) {
    return builder().from(this).putOverride(occurrence, change).build();
  }

  /**
   * Returns a copy with one occurrence skipped.
   *
   * @param occurrence the original local date-time of the occurrence
   * @return the new recurring post
   * @throws IllegalArgumentException if the date-time is not an occurrence or is overridden
   */
  public RecurringPost withSkip(LocalDateTime occurrence) {
    return builder().from(this).addSkip(occurrence).build();
  }

  /**
   * Returns the id of the occurrence at an original local date-time.
   *
   * @param occurrence the original local date-time
   * @return the id, {@code <template id>@yyyyMMdd'T'HHmmss}
   */
  public String occurrenceId(LocalDateTime occurrence) {
    Checks.notNull(occurrence, "occurrence");
    return template().id() + "@" + OCCURRENCE_ID.format(occurrence);
  }

  /**
   * Returns the original local date-times of the occurrences, skips removed.
   *
   * @return the occurrences, ascending
   */
  public List<LocalDateTime> occurrences() {
    List<LocalDateTime> result = new ArrayList<>();
    for (LocalDateTime occurrence : pattern().occurrences(zone())) {
      if (!skips().contains(occurrence)) {
        result.add(occurrence);
      }
    }
    return result;
  }

  /**
   * Expands the recurring post into scheduled posts: one per occurrence not skipped, overrides
   * applied, in {@link ScheduledPost#timeOrder() time order}.
   *
   * @return the posts
   * @throws IllegalArgumentException if an override makes an invalid post
   */
  public List<ScheduledPost> expand() {
    List<ScheduledPost> result = new ArrayList<>();
    for (LocalDateTime occurrence : occurrences()) {
      result.add(occurrence(occurrence));
    }
    result.sort(ScheduledPost.timeOrder());
    return result;
  }

  /**
   * Expands the occurrences whose final time (after overrides) lies in a half-open period.
   *
   * @param period the period
   * @return the posts in the period, in time order
   */
  public List<ScheduledPost> expand(Interval period) {
    Checks.notNull(period, "period");
    List<ScheduledPost> result = new ArrayList<>();
    for (ScheduledPost post : expand()) {
      if (period.contains(post.time())) {
        result.add(post);
      }
    }
    return result;
  }

  private ScheduledPost occurrence(LocalDateTime occurrence) {
    ScheduledPost base = template().withId(occurrenceId(occurrence));
    OccurrenceOverride change = overrides().get(occurrence);
    LocalDateTime local =
        change == null ? occurrence : change.time().orElse(occurrence);
    Instant time = WallClock.resolve(local, zone()).toInstant();
    return change == null ? base.withTime(time) : change.applyTo(base, time);
  }

  @Value.Check
  void check() {
    Set<LocalDateTime> all = new HashSet<>(pattern().occurrences(zone()));
    for (LocalDateTime key : overrides().keySet()) {
      if (!all.contains(key)) {
        throw new IllegalArgumentException(
            "overrides key must be an occurrence of the pattern: " + key);
      }
      if (skips().contains(key)) {
        throw new IllegalArgumentException("an occurrence must not be both overridden and skipped: " + key);
      }
    }
    for (LocalDateTime skip : skips()) {
      if (!all.contains(skip)) {
        throw new IllegalArgumentException("skips must be occurrences of the pattern: " + skip);
      }
    }
  }

  /** Builds a {@link RecurringPost}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableRecurringPost.Builder {
    Builder() {}
  }
}
