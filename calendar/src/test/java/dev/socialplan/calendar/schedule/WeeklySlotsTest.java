package dev.socialplan.calendar.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class WeeklySlotsTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final WeeklySlots TUE_THU =
      WeeklySlots.on(List.of(THURSDAY, TUESDAY), LocalTime.of(19, 0), LocalTime.of(9, 0));

  @Test
  void sortsAndMergesDuplicates() {
    WeeklySlots slots =
        WeeklySlots.of(
            WeeklySlot.of(THURSDAY, 9, 0), WeeklySlot.of(MONDAY, 8, 0), WeeklySlot.of(MONDAY, 8, 0));
    assertThat(slots.slots())
        .containsExactly(WeeklySlot.of(MONDAY, 8, 0), WeeklySlot.of(THURSDAY, 9, 0));
    assertThat(TUE_THU.slots()).hasSize(4);
    assertThat(TUE_THU.timesOn(TUESDAY)).containsExactly(LocalTime.of(9, 0), LocalTime.of(19, 0));
    assertThat(TUE_THU.timesOn(MONDAY)).isEmpty();
  }

  @Test
  void expandsOverDatesInOrder() {
    // 2026-01-05 is a Monday; the range ends on Tuesday 2026-01-13, exclusive.
    List<LocalDateTime> slots =
        TUE_THU.localSlots(
            LocalDateRange.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 13)), TAIPEI);
    assertThat(slots)
        .containsExactly(
            LocalDateTime.of(2026, 1, 6, 9, 0),
            LocalDateTime.of(2026, 1, 6, 19, 0),
            LocalDateTime.of(2026, 1, 8, 9, 0),
            LocalDateTime.of(2026, 1, 8, 19, 0));
  }

  @Test
  void crossesLeapDayAndYearEnd() {
    // 2028-02-29 is a Tuesday.
    assertThat(
            TUE_THU.localSlots(
                LocalDateRange.of(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1)), TAIPEI))
        .containsExactly(LocalDateTime.of(2028, 2, 29, 9, 0), LocalDateTime.of(2028, 2, 29, 19, 0));
    // 2026-12-31 is a Thursday, 2027-01-05 a Tuesday.
    assertThat(
            TUE_THU.localSlots(
                LocalDateRange.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 6)), TAIPEI))
        .containsExactly(
            LocalDateTime.of(2026, 12, 31, 9, 0),
            LocalDateTime.of(2026, 12, 31, 19, 0),
            LocalDateTime.of(2027, 1, 5, 9, 0),
            LocalDateTime.of(2027, 1, 5, 19, 0));
  }

  @Test
  void periodIsAWeek() {
    assertThat(TUE_THU.period()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void refusesNoSlotsAndUnboundedRanges() {
    assertThatThrownBy(WeeklySlots::of)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slots must not be empty: []");
    assertThatThrownBy(() -> TUE_THU.localSlots(LocalDateRange.ALL, TAIPEI))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dates must be a bounded range");
  }
}
