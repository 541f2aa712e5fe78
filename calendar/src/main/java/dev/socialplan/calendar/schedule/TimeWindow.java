package dev.socialplan.calendar.schedule;

import dev.socialplan.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A time-of-day range on one weekday in which posting is allowed: {@code [start, end)} in local time
 * ({@code MONDAY 09:00–17:00}).
 *
 * <p>An end of {@code 00:00} means midnight at the end of the day, so {@code 18:00–00:00} covers the
 * evening. A window that would cross midnight is written as two windows, one on each day. A
 * zero-length window ({@code start == end}, other than {@code 00:00–00:00}, which is the whole day)
 * or one that ends before it starts is refused.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param day the weekday
 * @param start the first allowed local time, inclusive
 * @param end the end, exclusive; {@code 00:00} means the end of the day
 */
public record TimeWindow(DayOfWeek day, LocalTime start, LocalTime end) {

  /**
   * Validates the window.
   *
   * @param day the weekday
   * @param start the first allowed local time, inclusive
   * @param end the end, exclusive; {@code 00:00} means the end of the day
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the window is empty or ends before it starts
   */
  public TimeWindow {
    Checks.notNull(day, "day");
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
      throw new IllegalArgumentException(
          (end.equals(start) ? "window must not be empty: " : "window must end after it starts: ")
              + day
              + " "
              + start
              + "–"
              + end);
    }
  }

  /**
   * Obtains a window.
   *
   * @param day the weekday
   * @param start the first allowed local time, inclusive
   * @param end the end, exclusive; {@code 00:00} means the end of the day
   * @return the window
   * @throws IllegalArgumentException if the window is empty or ends before it starts
   */
  public static TimeWindow of(DayOfWeek day, LocalTime start, LocalTime end) {
    return new TimeWindow(day, start, end);
  }

  /**
   * Obtains a window covering a whole day.
   *
   * @param day the weekday
   * @return the window {@code 00:00–00:00} (the whole day)
   */
  public static TimeWindow allDay(DayOfWeek day) {
    return new TimeWindow(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
  }

  /**
   * Tells whether a local time on a weekday falls inside this window.
   *
   * @param day the weekday
   * @param time the local time
   * @return true if the day matches and {@code start <= time < end}
   */
  public boolean contains(DayOfWeek day, LocalTime time) {
    Checks.notNull(day, "day");
    Checks.notNull(time, "time");
    return this.day == day
        && !time.isBefore(start)
        && (end.equals(LocalTime.MIDNIGHT) || time.isBefore(end));
  }

  /**
   * Returns a readable form such as {@code MONDAY 09:00–17:00}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return day + " " + start + "–" + end;
  }
}
