package dev.socialplan.calendar.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WeeklySlotTest {
  private static final WeeklySlot TUESDAY_EVENING = WeeklySlot.of(DayOfWeek.TUESDAY, 19, 30);
  private static final WeeklySlot MONDAY_LATE = WeeklySlot.of(DayOfWeek.MONDAY, 23, 0);
  private static final WeeklySlot TUESDAY_MORNING =
      WeeklySlot.of(DayOfWeek.TUESDAY, LocalTime.of(8, 0));

  @Test
  void keepsItsParts() {
    assertThat(TUESDAY_EVENING.day()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(TUESDAY_EVENING.time()).isEqualTo(LocalTime.of(19, 30));
    assertThat(TUESDAY_EVENING).hasToString("TUESDAY 19:30");
  }

  @Test
  void ordersByWeekdayThenTime() {
    assertThat(MONDAY_LATE).isLessThan(TUESDAY_MORNING);
    assertThat(TUESDAY_MORNING).isLessThan(TUESDAY_EVENING);
    assertThat(TUESDAY_EVENING.compareTo(WeeklySlot.of(DayOfWeek.TUESDAY, 19, 30))).isZero();
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> WeeklySlot.of(null, LocalTime.NOON))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("day must not be null");
    assertThatThrownBy(() -> WeeklySlot.of(DayOfWeek.MONDAY, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("time must not be null");
  }
}
