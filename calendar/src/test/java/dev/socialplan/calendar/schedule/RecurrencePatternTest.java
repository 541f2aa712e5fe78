package dev.socialplan.calendar.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class RecurrencePatternTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final LocalDateTime JAN_31_9AM = LocalDateTime.of(2026, 1, 31, 9, 0);
  private static final RecurrencePattern MONTH_END =
      RecurrencePattern.of("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=7", JAN_31_9AM);
  private static final RecurrencePattern TUE_THU =
      RecurrencePattern.of(
          "RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260131", LocalDateTime.of(2026, 1, 6, 10, 0));

  @Test
  void keepsItsParts() {
    assertThat(MONTH_END.rule()).isEqualTo("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=7");
    assertThat(MONTH_END.start()).isEqualTo(JAN_31_9AM);
    assertThat(MONTH_END.count()).isEqualTo(OptionalInt.of(7));
    assertThat(TUE_THU.rule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260131");
    assertThat(TUE_THU.count()).isEmpty();
    assertThat(TUE_THU.horizon()).isEmpty();
  }

  @Test
  void monthDay31SkipsShortMonths() {
    assertThat(MONTH_END.occurrences(TAIPEI))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(
            LocalDate.of(2026, 1, 31),
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 5, 31),
            LocalDate.of(2026, 7, 31),
            LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 10, 31),
            LocalDate.of(2026, 12, 31));
  }

  @Test
  void leapDayOccursInLeapYearsOnly() {
    RecurrencePattern leapDay =
        RecurrencePattern.of(
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=3", LocalDateTime.of(2024, 2, 29, 12, 0));
    assertThat(leapDay.occurrences(TAIPEI))
        .containsExactly(
            LocalDateTime.of(2024, 2, 29, 12, 0),
            LocalDateTime.of(2028, 2, 29, 12, 0),
            LocalDateTime.of(2032, 2, 29, 12, 0));
  }

  @Test
  void byDayWithUntilDateAndExceptionDates() {
    RecurrencePattern withoutJan8 = TUE_THU.withExceptionDate(LocalDateTime.of(2026, 1, 8, 10, 0));
    assertThat(withoutJan8.occurrences(TAIPEI))
        .extracting(LocalDateTime::getDayOfMonth)
        .containsExactly(6, 13, 15, 20, 22, 27, 29);
    assertThat(withoutJan8.exceptionDates()).containsExactly(LocalDateTime.of(2026, 1, 8, 10, 0));
  }

  @Test
  void ordinalWeekdays() {
    RecurrencePattern lastFriday =
        RecurrencePattern.of("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3", LocalDateTime.of(2026, 1, 1, 17, 0));
    assertThat(lastFriday.occurrences(TAIPEI))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27));
  }

  @Test
  void untilInUtcIsComparedInTheSchedulesZone() {
    // 2026-01-08T01:30Z is 2026-01-07 20:30 in New York and 2026-01-08 09:30 in Taipei.
    RecurrencePattern daily =
        RecurrencePattern.of("FREQ=DAILY;UNTIL=20260108T013000Z", LocalDateTime.of(2026, 1, 6, 9, 0));
    assertThat(daily.occurrences(NEW_YORK))
        .containsExactly(LocalDateTime.of(2026, 1, 6, 9, 0), LocalDateTime.of(2026, 1, 7, 9, 0));
    assertThat(daily.occurrences(TAIPEI))
        .containsExactly(
            LocalDateTime.of(2026, 1, 6, 9, 0),
            LocalDateTime.of(2026, 1, 7, 9, 0),
            LocalDateTime.of(2026, 1, 8, 9, 0));
  }

  @Test
  void openEndedRuleStopsAtItsHorizon() {
    RecurrencePattern weekly =
        RecurrencePattern.of(
            "FREQ=WEEKLY;BYDAY=MO", LocalDateTime.of(2026, 1, 5, 8, 0), LocalDate.of(2026, 1, 26));
    assertThat(weekly.occurrences(TAIPEI)).hasSize(3);
    assertThat(weekly.withHorizon(LocalDate.of(2026, 1, 27)).occurrences(TAIPEI)).hasSize(4);
  }

  @Test
  void localSlotsStayInsideTheRange() {
    assertThat(
            TUE_THU.localSlots(
                LocalDateRange.of(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 20)), TAIPEI))
        .containsExactly(LocalDateTime.of(2026, 1, 13, 10, 0), LocalDateTime.of(2026, 1, 15, 10, 0));
    assertThat(
            TUE_THU.localSlots(
                LocalDateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)), TAIPEI))
        .isEmpty();
  }

  @Test
  void fastForwardKeepsCountingFromTheStart() {
    RecurrencePattern fiveDays =
        RecurrencePattern.of("FREQ=DAILY;COUNT=5", LocalDateTime.of(2026, 1, 1, 9, 0));
    assertThat(
            fiveDays.localSlots(
                LocalDateRange.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 1)), TAIPEI))
        .containsExactly(LocalDateTime.of(2026, 1, 4, 9, 0), LocalDateTime.of(2026, 1, 5, 9, 0));
  }

  @Test
  void periodFollowsFrequencyAndInterval() {
    assertThat(MONTH_END.period()).isEqualTo(Duration.ofDays(31));
    assertThat(TUE_THU.period()).isEqualTo(Duration.ofDays(7));
    assertThat(RecurrencePattern.of("FREQ=DAILY;INTERVAL=3;COUNT=2", JAN_31_9AM).period())
        .isEqualTo(Duration.ofDays(3));
    assertThat(RecurrencePattern.of("FREQ=YEARLY;COUNT=2", JAN_31_9AM).period())
        .isEqualTo(Duration.ofDays(366));
    assertThat(RecurrencePattern.of("FREQ=HOURLY;INTERVAL=6;COUNT=2", JAN_31_9AM).period())
        .isEqualTo(Duration.ofHours(6));
    assertThat(RecurrencePattern.of("FREQ=MINUTELY;INTERVAL=45;COUNT=2", JAN_31_9AM).period())
        .isEqualTo(Duration.ofMinutes(45));
    assertThat(RecurrencePattern.of("FREQ=SECONDLY;INTERVAL=90;COUNT=2", JAN_31_9AM).period())
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(RecurrencePattern.of("FREQ=WEEKLY;INTERVAL=2;COUNT=2", JAN_31_9AM).period())
        .isEqualTo(Duration.ofDays(14));
    assertThat(RecurrencePattern.of("FREQ=MONTHLY;INTERVAL=2;COUNT=2", JAN_31_9AM).period())
        .isEqualTo(Duration.ofDays(62));
    assertThat(RecurrencePattern.of("FREQ=YEARLY;INTERVAL=2;COUNT=2", JAN_31_9AM).period())
        .isEqualTo(Duration.ofDays(732));
  }

  @Test
  void localSlotsStopAtTheHorizonAndNeedABoundedRange() {
    RecurrencePattern daily =
        RecurrencePattern.of("FREQ=DAILY", LocalDateTime.of(2026, 1, 1, 9, 0), LocalDate.of(2026, 1, 4));
    assertThat(daily.localSlots(LocalDateRange.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 1)), TAIPEI))
        .containsExactly(LocalDateTime.of(2026, 1, 2, 9, 0), LocalDateTime.of(2026, 1, 3, 9, 0));
    assertThat(daily.localSlots(LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3)), TAIPEI))
        .containsExactly(LocalDateTime.of(2026, 1, 1, 9, 0), LocalDateTime.of(2026, 1, 2, 9, 0));
    assertThat(daily.localSlots(LocalDateRange.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1)), TAIPEI))
        .isEmpty();
    assertThatThrownBy(
            () -> daily.localSlots(LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.MAX), TAIPEI))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesUnparseableRules() {
    assertThatThrownBy(() -> RecurrencePattern.of("FREQ=SOMETIMES", JAN_31_9AM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rule must be an RFC 5545 recurrence rule: \"FREQ=SOMETIMES\"");
    assertThatThrownBy(() -> RecurrencePattern.of("FREQ=WEEKLY;BYDAY=XX;COUNT=3", JAN_31_9AM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"FREQ=WEEKLY;BYDAY=XX;COUNT=3\"");
    assertThatThrownBy(() -> RecurrencePattern.of("FREQ=MONTHLY;BYMONTHDAY=32;COUNT=3", JAN_31_9AM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BYMONTHDAY=32");
  }

  @Test
  void refusesUnboundedRuleWithoutHorizon() {
    assertThatThrownBy(() -> RecurrencePattern.of("FREQ=WEEKLY;BYDAY=MO", JAN_31_9AM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule must have COUNT or UNTIL, or the pattern a horizon: \"FREQ=WEEKLY;BYDAY=MO\"");
  }

  @Test
  void refusesRuleThatNeverOccurs() {
    assertThatThrownBy(
            () -> RecurrencePattern.of("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=2", JAN_31_9AM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "rule never produces an occurrence: \"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=2\"");
  }

  @Test
  void refusesHorizonNotAfterStartAndFractionalSeconds() {
    assertThatThrownBy(
            () -> RecurrencePattern.of("FREQ=DAILY", JAN_31_9AM, LocalDate.of(2026, 1, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("horizon must be after the start date 2026-01-31: 2026-01-31");
    assertThatThrownBy(() -> RecurrencePattern.of("FREQ=DAILY;COUNT=2", JAN_31_9AM.plusNanos(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start must be a whole second: 2026-01-31T09:00:00.000000005");
  }

  @Test
  void equalByValue() {
    RecurrencePattern same =
        RecurrencePattern.builder().rule("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=7").start(JAN_31_9AM).build();
    assertThat(same).isEqualTo(MONTH_END).hasSameHashCodeAs(MONTH_END);
    assertThat(same.toString()).contains("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=7");
  }
}
