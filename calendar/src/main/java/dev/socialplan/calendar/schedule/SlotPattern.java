package dev.socialplan.calendar.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * Where a posting schedule's slots fall in local time: {@link WeeklySlots} (weekday × local time)
 * or a {@link RecurrencePattern} (an RFC 5545 recurrence rule).
 *
 * <p>A pattern knows nothing of blackouts, windows, spacing or caps; {@link PostingSchedule} applies
 * those. Implementations are immutable and thread-safe.
 */
public sealed interface SlotPattern permits WeeklySlots, RecurrencePattern {

  /**
   * Returns the local date-times of the pattern's slots on some dates, in order and without
   * duplicates.
   *
   * @param dates the dates, a bounded half-open range
   * @param zone the zone the slots will be resolved in; a recurrence rule whose {@code UNTIL} is
   *     in UTC is compared in this zone
   * @return the slots whose local date lies in the range, in ascending order
   * @throws IllegalArgumentException if the range is unbounded
   */
  List<LocalDateTime> localSlots(LocalDateRange dates, ZoneId zone);

  /**
   * Returns the longest time one repetition of the pattern can take: a week for weekly slots, the
   * rule's frequency times its interval for a recurrence rule (a month counts 31 days and a year
   * 366). A minimum spacing longer than this is impossible to keep.
   *
   * @return the period, positive
   */
  Duration period();
}
