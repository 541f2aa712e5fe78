package dev.socialplan.calendar.schedule;

import dev.socialplan.internal.Checks;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * A weekly pattern of slots: weekdays × local times ({@code MONDAY 09:00, THURSDAY 19:30}).
 *
 * <p>The slots are kept sorted (Monday first, then by time) and without duplicates; there is at
 * least one. This record is immutable and thread-safe.
 *
 * @param slots the slots, sorted and distinct, not empty
 */
public record WeeklySlots(List<WeeklySlot> slots) implements SlotPattern {

  private static final Duration WEEK = Duration.ofDays(7);

  /**
   * Validates the slots and sorts them.
   *
   * @param slots the slots, in any order; duplicates are merged
   * @throws NullPointerException if the list or a slot is null
   * @throws IllegalArgumentException if there are no slots
   */
  public WeeklySlots {
    Checks.noNullElements(slots, "slots");
    if (slots.isEmpty()) {
      throw new IllegalArgumentException("slots must not be empty: []");
    }
    slots = List.copyOf(new TreeSet<>(slots));
  }

  /**
   * Obtains a weekly pattern of slots.
   *
   * @param slots the slots, at least one
   * @return the pattern
   * @throws IllegalArgumentException if there are no slots
   */
  public static WeeklySlots of(WeeklySlot... slots) {
    Checks.notNull(slots, "slots");
    return new WeeklySlots(Arrays.asList(slots));
  }

  /**
   * Obtains a weekly pattern of slots.
   *
   * @param slots the slots, at least one
   * @return the pattern
   * @throws IllegalArgumentException if there are no slots
   */
  public static WeeklySlots of(Collection<WeeklySlot> slots) {
    Checks.notNull(slots, "slots");
    return new WeeklySlots(new ArrayList<>(slots));
  }

  /**
   * Obtains the same local times on several weekdays: {@code on(Set.of(TUESDAY, THURSDAY),
   * LocalTime.of(9, 0), LocalTime.of(19, 0))} gives four slots.
   *
   * @param days the weekdays, at least one
   * @param times the local times, at least one
   * @return the pattern
   * @throws IllegalArgumentException if there are no days or no times
   */
  public static WeeklySlots on(Collection<DayOfWeek> days, LocalTime... times) {
    Checks.noNullElements(days, "days");
    Checks.notNull(times, "times");
    List<WeeklySlot> slots = new ArrayList<>();
    for (DayOfWeek day : days) {
      for (LocalTime time : times) {
        slots.add(new WeeklySlot(day, Checks.notNull(time, "times[]")));
      }
    }
    return new WeeklySlots(slots);
  }

  /**
   * Returns the local times of the slots on one weekday.
   *
   * @param day the weekday
   * @return the times, ascending; empty if the day has no slot
   */
  public List<LocalTime> timesOn(DayOfWeek day) {
    Checks.notNull(day, "day");
    return slots.stream()
        .filter(s -> s.day() == day)
        .map(WeeklySlot::time)
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public List<LocalDateTime> localSlots(LocalDateRange dates, ZoneId zone) {
    Checks.notNull(dates, "dates");
    Checks.notNull(zone, "zone");
    requireBounded(dates);
    LocalTime[][] byDay = new LocalTime[7][];
    for (DayOfWeek day : DayOfWeek.values()) {
      byDay[day.ordinal()] = timesOn(day).toArray(new LocalTime[0]);
    }
    List<LocalDateTime> result = new ArrayList<>();
    for (LocalDate date = dates.getStart(); date.isBefore(dates.getEnd()); date = date.plusDays(1)) {
      for (LocalTime time : byDay[date.getDayOfWeek().ordinal()]) {
        result.add(date.atTime(time));
      }
    }
    return result;
  }

  /**
   * Returns one week.
   *
   * @return seven days
   */
  @Override
  public Duration period() {
    return WEEK;
  }

  static void requireBounded(LocalDateRange dates) {
    if (dates.isUnboundedStart() || dates.isUnboundedEnd()) {
      throw new IllegalArgumentException("dates must be a bounded range: " + dates);
    }
  }

  /**
   * Returns a readable form such as {@code WeeklySlots[MONDAY 09:00, THURSDAY 19:30]}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "WeeklySlots" + slots;
  }
}
