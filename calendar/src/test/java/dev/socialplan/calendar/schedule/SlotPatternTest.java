package dev.socialplan.calendar.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class SlotPatternTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final List<SlotPattern> PATTERNS =
      List.of(
          WeeklySlots.of(WeeklySlot.of(DayOfWeek.MONDAY, 9, 0)),
          RecurrencePattern.of("FREQ=WEEKLY;BYDAY=MO;COUNT=10", LocalDateTime.of(2026, 1, 5, 9, 0)));

  @Test
  void isSealedToTheTwoPatterns() {
    assertThat(SlotPattern.class.isSealed()).isTrue();
    assertThat(SlotPattern.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(WeeklySlots.class, RecurrencePattern.class);
  }

  @Test
  void bothPatternsAgreeOnTheSameWeeklyRule() {
    LocalDateRange january = LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
    assertThat(PATTERNS.get(0).localSlots(january, TAIPEI))
        .isEqualTo(PATTERNS.get(1).localSlots(january, TAIPEI))
        .hasSize(4);
    assertThat(PATTERNS.get(0).period()).isEqualTo(PATTERNS.get(1).period());
  }

  @Test
  void emptyRangeGivesNoSlots() {
    LocalDateRange empty = LocalDateRange.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5));
    for (SlotPattern pattern : PATTERNS) {
      assertThat(pattern.localSlots(empty, TAIPEI)).isEmpty();
    }
  }
}
