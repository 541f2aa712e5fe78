package dev.socialplan.timing;

import dev.socialplan.internal.Checks;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.ChronoField;

/**
 * An hour of the week in local time: a weekday and an hour from 0 to 23 ({@code TUESDAY 19:00}).
 *
 * <p>There are 168 of them; {@link #index()} numbers them from 0 (Monday 00:00) to 167 (Sunday
 * 23:00), following ISO-8601 weeks.
 *
 * @param day the weekday
 * @param hour the hour of the day, 0 to 23
 * @serial exclude
 */
public record TimeOfWeek(DayOfWeek day, int hour) implements Comparable<TimeOfWeek>, Serializable {

  /** The number of hours in a week. */
  public static final int HOURS_PER_WEEK = 168;

  /**
   * Validates the parts.
   *
   * @param day the weekday
   * @param hour the hour of the day, 0 to 23
   * @throws NullPointerException if the day is null
   * @throws IllegalArgumentException if the hour is outside 0 to 23
   */
  public TimeOfWeek {
    Checks.notNull(day, "day");
    Checks.inRange(hour, 0, 23, "hour");
  }

  /**
   * Obtains an hour of the week.
   *
   * @param day the weekday
   * @param hour the hour, 0 to 23
   * @return the hour of the week
   * @throws IllegalArgumentException if the hour is outside 0 to 23
   */
  public static TimeOfWeek of(DayOfWeek day, int hour) {
    return new TimeOfWeek(day, hour);
  }

  /**
   * Obtains the hour of the week from its index.
   *
   * @param index 0 (Monday 00:00) to 167 (Sunday 23:00)
   * @return the hour of the week
   * @throws IllegalArgumentException if the index is outside 0 to 167
   */
  public static TimeOfWeek ofIndex(int index) {
    Checks.inRange(index, 0, HOURS_PER_WEEK - 1, "index");
    return new TimeOfWeek(DayOfWeek.of(index / 24 + 1), index % 24);
  }

  /**
   * Obtains the hour of the week of a local date-time or zoned date-time, in its own local time.
   *
   * @param temporal a temporal with a day of week and an hour of day, such as {@link LocalDateTime}
   *     or {@link ZonedDateTime}
   * @return the hour of the week
   * @throws java.time.DateTimeException if the temporal has no day of week or hour
   */
  public static TimeOfWeek from(TemporalAccessor temporal) {
    Checks.notNull(temporal, "temporal");
    return new TimeOfWeek(
        DayOfWeek.from(temporal), temporal.get(ChronoField.HOUR_OF_DAY));
  }

  /**
   * Returns the index of this hour in the week.
   *
   * @return 0 (Monday 00:00) to 167 (Sunday 23:00)
   */
  public int index() {
    return (day.getValue() - 1) * 24 + hour;
  }

  @Override
  public int compareTo(TimeOfWeek other) {
    return Integer.compare(index(), other.index());
  }

  /**
   * Returns a readable form such as {@code TUESDAY 19:00}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return day + " " + (hour < 10 ? "0" : "") + hour + ":00";
  }
}
