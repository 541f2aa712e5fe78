package dev.socialplan.calendar.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeWindowTest {
  private static final TimeWindow OFFICE_HOURS =
      TimeWindow.of(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
  private static final TimeWindow EVENING =
      TimeWindow.of(DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT);

  @Test
  void isHalfOpen() {
    assertThat(OFFICE_HOURS.contains(DayOfWeek.MONDAY, LocalTime.of(9, 0))).isTrue();
    assertThat(OFFICE_HOURS.contains(DayOfWeek.MONDAY, LocalTime.of(16, 59))).isTrue();
    assertThat(OFFICE_HOURS.contains(DayOfWeek.MONDAY, LocalTime.of(17, 0))).isFalse();
    assertThat(OFFICE_HOURS.contains(DayOfWeek.MONDAY, LocalTime.of(8, 59))).isFalse();
    assertThat(OFFICE_HOURS.contains(DayOfWeek.TUESDAY, LocalTime.of(10, 0))).isFalse();
  }

  @Test
  void midnightEndMeansEndOfDay() {
    assertThat(EVENING.contains(DayOfWeek.FRIDAY, LocalTime.of(23, 59))).isTrue();
    assertThat(EVENING.contains(DayOfWeek.FRIDAY, LocalTime.of(17, 59))).isFalse();
    assertThat(EVENING.contains(DayOfWeek.SATURDAY, LocalTime.of(0, 0))).isFalse();
    TimeWindow sunday = TimeWindow.allDay(DayOfWeek.SUNDAY);
    assertThat(sunday.contains(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT)).isTrue();
    assertThat(sunday.contains(DayOfWeek.SUNDAY, LocalTime.MAX)).isTrue();
  }

  @Test
  void refusesZeroLengthWindow() {
    assertThatThrownBy(
            () -> TimeWindow.of(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must not be empty: MONDAY 09:00–09:00");
  }

  @Test
  void refusesWindowEndingBeforeItStarts() {
    assertThatThrownBy(
            () -> TimeWindow.of(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must end after it starts: MONDAY 22:00–02:00");
  }

  @Test
  void readable() {
    assertThat(OFFICE_HOURS).hasToString("MONDAY 09:00–17:00");
  }
}
