package dev.socialplan.calendar.schedule;

import dev.socialplan.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;

/**
 * A posting slot that repeats every week: a weekday and a local time ({@code TUESDAY 19:30}).
 *
 * <p>Slots are ordered by weekday (Monday first, as ISO-8601) and then by time. This record is
 * immutable and thread-safe.
 *
 * @param day the weekday
 * @param time the local time of day
 */
public record WeeklySlot(DayOfWeek day, LocalTime time) implements Comparable<WeeklySlot> {

  private static final Comparator<WeeklySlot> ORDER =
      Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::time);

  /**
   * Validates the parts.
   *
   * @param day the weekday
   * @param time the local time of day
   * @throws NullPointerException if an argument is null
   */
  public WeeklySlot {
    Checks.notNull(day, "day");
    Checks.notNull(time, "time");
  }

  /**
   * Obtains a weekly slot.
   *
   * @param day the weekday
   * @param time the local time of day
   * @return the slot
   * @throws NullPointerException if an argument is null
   */
  public static WeeklySlot of(DayOfWeek day, LocalTime time) {
    return new WeeklySlot(day, time);
  }

  /**
   * Obtains a weekly slot at an hour and minute.
   *
   * @param day the weekday
   * @param hour the hour, 0 to 23
   * @param minute the minute, 0 to 59
   * @return the slot
   * @throws java.time.DateTimeException if the hour or minute is out of range
   */
  public static WeeklySlot of(DayOfWeek day, int hour, int minute) {
    return new WeeklySlot(day, LocalTime.of(hour, minute));
  }

  @Override
  public int compareTo(WeeklySlot other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns a readable form such as {@code TUESDAY 19:30}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return day + " " + time;
  }
}
