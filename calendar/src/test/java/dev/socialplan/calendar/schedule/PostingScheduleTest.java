package dev.socialplan.calendar.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

class PostingScheduleTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

  private static final WeeklySlots EVERY_DAY_0230 =
      WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(2, 30));
  private static final WeeklySlots EVERY_DAY_0130 =
      WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(1, 30));

  private static final PostingSchedule INSTAGRAM_TAIPEI =
      PostingSchedule.builder()
          .platform(Platform.INSTAGRAM)
          .zone(TAIPEI)
          .pattern(WeeklySlots.on(List.of(MONDAY, TUESDAY), LocalTime.of(9, 0), LocalTime.of(12, 0), LocalTime.of(19, 0)))
          .build();

  private static PostingSchedule daily(ZoneId zone, WeeklySlots slots) {
    return PostingSchedule.builder().platform(Platform.X).zone(zone).pattern(slots).build();
  }

  private static Interval dates(ZoneId zone, LocalDate from, LocalDate to) {
    return Interval.of(from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant());
  }

  private static Instant utc(String text) {
    return Instant.parse(text);
  }

  // --- DST: gaps move forward by the gap, overlaps take the earlier offset -------------------

  /** Before mergedSlots, the 02:30 slot of 8 March 2026 vanished into 03:30 without a word. */
  @Test
  void slotsThatSpringForwardOntoAnotherAreReportedAsMerged() {
    PostingSchedule schedule =
        daily(NEW_YORK, WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(2, 30), LocalTime.of(3, 30)));
    Interval days = dates(NEW_YORK, LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 10));
    assertThat(schedule.candidateSlots(days)).hasSize(5);
    List<MergedSlot> merged = schedule.mergedSlots(days);
    assertThat(merged)
        .containsExactly(
            new MergedSlot(
                ZonedDateTime.of(2026, 3, 8, 3, 30, 0, 0, NEW_YORK),
                List.of(LocalDateTime.of(2026, 3, 8, 2, 30), LocalDateTime.of(2026, 3, 8, 3, 30))));
    assertThat(merged.get(0).slot().toInstant()).isEqualTo(utc("2026-03-08T07:30:00Z"));
    // The autumn overlap doubles no slot, so nothing merges; a normal week neither.
    assertThat(schedule.mergedSlots(dates(NEW_YORK, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 3)))).isEmpty();
    assertThat(INSTAGRAM_TAIPEI.mergedSlots(dates(TAIPEI, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)))).isEmpty();
    assertThatThrownBy(() -> new MergedSlot(merged.get(0).slot(), List.of(LocalDateTime.of(2026, 3, 8, 2, 30))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two");
  }

  @Test
  void newYorkSpringGapMovesSlotForwardByAnHour() {
    // 2026-03-08: 02:00 EST -> 03:00 EDT. 02:30 does not exist; it becomes 03:30 EDT.
    ZonedDateTime resolved = daily(NEW_YORK, EVERY_DAY_0230).resolve(LocalDateTime.of(2026, 3, 8, 2, 30));
    assertThat(resolved.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 8, 3, 30));
    assertThat(resolved.getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    assertThat(resolved.toInstant()).isEqualTo(utc("2026-03-08T07:30:00Z"));
  }

  @Test
  void newYorkAutumnOverlapTakesEarlierOffset() {
    // 2026-11-01: 02:00 EDT -> 01:00 EST. 01:30 happens twice; the slot is the first (EDT).
    ZonedDateTime resolved = daily(NEW_YORK, EVERY_DAY_0130).resolve(LocalDateTime.of(2026, 11, 1, 1, 30));
    assertThat(resolved.getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    assertThat(resolved.toInstant()).isEqualTo(utc("2026-11-01T05:30:00Z"));
  }

  @Test
  void transitionDaysNeitherDropNorDoubleSlots() {
    PostingSchedule spring = daily(NEW_YORK, EVERY_DAY_0230);
    List<ZonedDateTime> march =
        spring.slots(dates(NEW_YORK, LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 10)));
    assertThat(march)
        .extracting(ZonedDateTime::toInstant)
        .containsExactly(
            utc("2026-03-07T07:30:00Z"), utc("2026-03-08T07:30:00Z"), utc("2026-03-09T06:30:00Z"));
    PostingSchedule autumn = daily(NEW_YORK, EVERY_DAY_0130);
    List<ZonedDateTime> november =
        autumn.slots(dates(NEW_YORK, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 3)));
    assertThat(november)
        .extracting(ZonedDateTime::toInstant)
        .containsExactly(
            utc("2026-10-31T05:30:00Z"), utc("2026-11-01T05:30:00Z"), utc("2026-11-02T06:30:00Z"));
  }

  @Test
  void londonTransitions() {
    // 2026-03-29: 01:00 GMT -> 02:00 BST; 2026-10-25: 02:00 BST -> 01:00 GMT.
    PostingSchedule london = daily(LONDON, EVERY_DAY_0130);
    assertThat(london.resolve(LocalDateTime.of(2026, 3, 29, 1, 30)).toInstant())
        .isEqualTo(utc("2026-03-29T01:30:00Z"));
    assertThat(london.resolve(LocalDateTime.of(2026, 3, 29, 1, 30)).toLocalTime())
        .isEqualTo(LocalTime.of(2, 30));
    assertThat(london.resolve(LocalDateTime.of(2026, 10, 25, 1, 30)).toInstant())
        .isEqualTo(utc("2026-10-25T00:30:00Z"));
    assertThat(london.slots(dates(LONDON, LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 27))))
        .hasSize(3);
  }

  @Test
  void sydneySouthernHemisphereTransitions() {
    // 2026-04-05: 03:00 AEDT -> 02:00 AEST (overlap); 2026-10-04: 02:00 AEST -> 03:00 AEDT (gap).
    PostingSchedule sydney = daily(SYDNEY, EVERY_DAY_0230);
    ZonedDateTime overlap = sydney.resolve(LocalDateTime.of(2026, 4, 5, 2, 30));
    assertThat(overlap.getOffset()).isEqualTo(ZoneOffset.ofHours(11));
    assertThat(overlap.toInstant()).isEqualTo(utc("2026-04-04T15:30:00Z"));
    ZonedDateTime gap = sydney.resolve(LocalDateTime.of(2026, 10, 4, 2, 30));
    assertThat(gap.toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    assertThat(gap.toInstant()).isEqualTo(utc("2026-10-03T16:30:00Z"));
    assertThat(sydney.slots(dates(SYDNEY, LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 6))))
        .extracting(ZonedDateTime::toLocalTime)
        .containsExactly(LocalTime.of(2, 30), LocalTime.of(3, 30), LocalTime.of(2, 30));
  }

  @Test
  void lordHoweShiftsByThirtyMinutes() {
    // 2026-10-04: 02:00 (+10:30) -> 02:30 (+11); 2026-04-05: 02:00 (+11) -> 01:30 (+10:30).
    PostingSchedule lordHowe =
        daily(LORD_HOWE, WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(2, 15), LocalTime.of(1, 45)));
    ZonedDateTime gap = lordHowe.resolve(LocalDateTime.of(2026, 10, 4, 2, 15));
    assertThat(gap.toLocalTime()).isEqualTo(LocalTime.of(2, 45));
    assertThat(gap.getOffset()).isEqualTo(ZoneOffset.ofHours(11));
    assertThat(gap.toInstant()).isEqualTo(utc("2026-10-03T15:45:00Z"));
    ZonedDateTime overlap = lordHowe.resolve(LocalDateTime.of(2026, 4, 5, 1, 45));
    assertThat(overlap.getOffset()).isEqualTo(ZoneOffset.ofHours(11));
    assertThat(overlap.toInstant()).isEqualTo(utc("2026-04-04T14:45:00Z"));
    assertThat(lordHowe.slots(dates(LORD_HOWE, LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 5))))
        .extracting(ZonedDateTime::toLocalTime)
        .containsExactly(LocalTime.of(1, 45), LocalTime.of(2, 45));
  }

  @Test
  void taipeiHasNoTransitions() {
    PostingSchedule taipei = daily(TAIPEI, EVERY_DAY_0230);
    assertThat(taipei.resolve(LocalDateTime.of(2026, 3, 8, 2, 30)).toInstant())
        .isEqualTo(utc("2026-03-07T18:30:00Z"));
    assertThat(taipei.resolve(LocalDateTime.of(2026, 11, 1, 2, 30)).getOffset())
        .isEqualTo(ZoneOffset.ofHours(8));
    List<ZonedDateTime> year = taipei.slots(dates(TAIPEI, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
    assertThat(year).hasSize(365);
    assertThat(year).allSatisfy(z -> assertThat(z.toLocalTime()).isEqualTo(LocalTime.of(2, 30)));
  }

  @Test
  void gapSlotThatLandsOnAnotherSlotCountsOnce() {
    // 02:30 moves to 03:30 on 2026-03-08 in New York, where a 03:30 slot already is.
    PostingSchedule twoSlots =
        daily(NEW_YORK, WeeklySlots.on(List.of(SUNDAY), LocalTime.of(2, 30), LocalTime.of(3, 30), LocalTime.of(3, 0)));
    assertThat(twoSlots.candidateSlots(dates(NEW_YORK, LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 9))))
        .extracting(ZonedDateTime::toLocalTime)
        .containsExactly(LocalTime.of(3, 0), LocalTime.of(3, 30));
  }

  // --- expansion -----------------------------------------------------------------------------

  @Test
  void expandsInsideTheHalfOpenPeriodInOrder() {
    // 2026-01-05 is a Monday. Period: Monday 12:00 Taipei (inclusive) to Tuesday 12:00 (exclusive).
    Interval period =
        Interval.of(
            ZonedDateTime.of(2026, 1, 5, 12, 0, 0, 0, TAIPEI).toInstant(),
            ZonedDateTime.of(2026, 1, 6, 12, 0, 0, 0, TAIPEI).toInstant());
    assertThat(INSTAGRAM_TAIPEI.slots(period))
        .extracting(ZonedDateTime::toLocalDateTime)
        .containsExactly(
            LocalDateTime.of(2026, 1, 5, 12, 0),
            LocalDateTime.of(2026, 1, 5, 19, 0),
            LocalDateTime.of(2026, 1, 6, 9, 0));
  }

  @Test
  void blackoutsAndWindowsRemoveSlots() {
    PostingSchedule schedule =
        PostingSchedule.builder()
            .from(INSTAGRAM_TAIPEI)
            .addBlackoutDate(LocalDate.of(2026, 1, 6))
            .addAllowedWindow(TimeWindow.of(MONDAY, LocalTime.of(8, 0), LocalTime.of(13, 0)))
            .addAllowedWindow(TimeWindow.allDay(TUESDAY))
            .build();
    List<LocalDateTime> slots =
        schedule.slots(LocalDateRange.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 14))).stream()
            .map(ZonedDateTime::toLocalDateTime)
            .collect(Collectors.toList());
    assertThat(slots)
        .containsExactly(
            LocalDateTime.of(2026, 1, 5, 9, 0),
            LocalDateTime.of(2026, 1, 5, 12, 0),
            LocalDateTime.of(2026, 1, 12, 9, 0),
            LocalDateTime.of(2026, 1, 12, 12, 0),
            LocalDateTime.of(2026, 1, 13, 9, 0),
            LocalDateTime.of(2026, 1, 13, 12, 0),
            LocalDateTime.of(2026, 1, 13, 19, 0));
    assertThat(schedule.isBlackedOut(LocalDate.of(2026, 1, 6))).isTrue();
    assertThat(schedule.isBlackedOut(LocalDate.of(2026, 1, 7))).isFalse();
    assertThat(schedule.isInAllowedWindow(LocalDateTime.of(2026, 1, 5, 19, 0))).isFalse();
    assertThat(schedule.allows(ZonedDateTime.of(2026, 1, 13, 19, 0, 0, 0, TAIPEI).toInstant())).isTrue();
    assertThat(schedule.allows(ZonedDateTime.of(2026, 1, 6, 9, 0, 0, 0, TAIPEI).toInstant())).isFalse();
  }

  @Test
  void spacingAndDailyCapThinTheSlots() {
    PostingSchedule spaced = INSTAGRAM_TAIPEI.withMinimumSpacing(Duration.ofHours(4));
    LocalDateRange monday = LocalDateRange.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6));
    assertThat(spaced.slots(monday))
        .extracting(ZonedDateTime::toLocalTime)
        .containsExactly(LocalTime.of(9, 0), LocalTime.of(19, 0));
    assertThat(spaced.candidateSlots(Interval.of(
            LocalDate.of(2026, 1, 5).atStartOfDay(TAIPEI).toInstant(), Duration.ofDays(1))))
        .hasSize(3);
    PostingSchedule capped = INSTAGRAM_TAIPEI.withMaxPostsPerDay(2);
    assertThat(capped.slots(LocalDateRange.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7))))
        .extracting(ZonedDateTime::toLocalDateTime)
        .containsExactly(
            LocalDateTime.of(2026, 1, 5, 9, 0),
            LocalDateTime.of(2026, 1, 5, 12, 0),
            LocalDateTime.of(2026, 1, 6, 9, 0),
            LocalDateTime.of(2026, 1, 6, 12, 0));
  }

  @Test
  void recurrenceRuleSchedule() {
    PostingSchedule monthEnd =
        PostingSchedule.builder()
            .platform(Platform.LINKEDIN)
            .account("glow-company-page")
            .zone(NEW_YORK)
            .pattern(RecurrencePattern.of("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4", LocalDateTime.of(2026, 1, 31, 10, 0)))
            .minimumSpacing(Duration.ofDays(20))
            .build();
    assertThat(monthEnd.slots(LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))))
        .extracting(ZonedDateTime::toInstant)
        .containsExactly(
            utc("2026-01-31T15:00:00Z"),
            utc("2026-03-31T14:00:00Z"),
            utc("2026-05-31T14:00:00Z"),
            utc("2026-07-31T14:00:00Z"));
    assertThat(monthEnd.account()).contains("glow-company-page");
  }

  @Test
  void dayOfIsTwentyThreeHoursOnSpringForward() {
    PostingSchedule schedule = daily(NEW_YORK, EVERY_DAY_0230);
    Interval day = schedule.dayOf(utc("2026-03-08T12:00:00Z"));
    assertThat(day.toDuration()).isEqualTo(Duration.ofHours(23));
    assertThat(day.getStart()).isEqualTo(utc("2026-03-08T05:00:00Z"));
  }

  @Test
  void weeklyFactoryAndEquality() {
    PostingSchedule weekly =
        PostingSchedule.weekly(Platform.INSTAGRAM, TAIPEI, WeeklySlot.of(MONDAY, 9, 0));
    PostingSchedule same =
        PostingSchedule.builder()
            .platform(Platform.INSTAGRAM)
            .zone(TAIPEI)
            .pattern(WeeklySlots.of(WeeklySlot.of(MONDAY, 9, 0)))
            .build();
    assertThat(weekly).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(weekly.minimumSpacing()).isEqualTo(Duration.ZERO);
    assertThat(weekly.maxPostsPerDay()).isEmpty();
    assertThat(weekly.toString()).contains("Instagram", "Asia/Taipei");
  }

  // --- impossible schedules ------------------------------------------------------------------

  @Test
  void refusesSpacingLongerThanThePeriod() {
    assertThatThrownBy(() -> INSTAGRAM_TAIPEI.withMinimumSpacing(Duration.ofDays(8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumSpacing must not be longer than the pattern's period PT168H: PT192H");
  }

  @Test
  void refusesSpacingLongerThanARecurrenceRulesPeriod() {
    // Every third day: the period is three days, so a spacing of three days is the most possible.
    RecurrencePattern everyThirdDay =
        RecurrencePattern.of("FREQ=DAILY;INTERVAL=3;COUNT=10", LocalDateTime.of(2026, 3, 1, 9, 0));
    PostingSchedule schedule =
        PostingSchedule.builder().platform(Platform.LINKEDIN).zone(NEW_YORK).pattern(everyThirdDay).build();
    assertThat(schedule.withMinimumSpacing(Duration.ofDays(3)).minimumSpacing()).isEqualTo(Duration.ofDays(3));
    assertThatThrownBy(() -> schedule.withMinimumSpacing(Duration.ofDays(3).plusMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumSpacing must not be longer than the pattern's period PT72H: PT72H1M");
  }

  @Test
  void refusesNegativeSpacing() {
    assertThatThrownBy(() -> INSTAGRAM_TAIPEI.withMinimumSpacing(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumSpacing must not be negative: PT-1M");
  }

  @Test
  void refusesDailyCapBelowOne() {
    assertThatThrownBy(() -> INSTAGRAM_TAIPEI.withMaxPostsPerDay(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPostsPerDay must be at least 1: 0");
  }

  @Test
  void refusesEmptyBlackoutAndBlankAccount() {
    assertThatThrownBy(
            () ->
                PostingSchedule.builder()
                    .from(INSTAGRAM_TAIPEI)
                    .addBlackout(LocalDateRange.of(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 6)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("blackouts[0] must not be empty: 2026-01-06/2026-01-06");
    assertThatThrownBy(() -> PostingSchedule.builder().from(INSTAGRAM_TAIPEI).account(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("account must not be blank: \" \"");
  }

  @Test
  void refusesUnboundedPeriods() {
    assertThatThrownBy(() -> INSTAGRAM_TAIPEI.candidateSlots(Interval.ALL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("period must be bounded");
  }

  @Test
  void slotsExactlyTheMinimumSpacingApartAreBothKept() {
    PostingSchedule spaced =
        daily(TAIPEI, WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(12, 0)))
            .withMinimumSpacing(Duration.ofHours(3));
    assertThat(spaced.slots(dates(TAIPEI, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3))))
        .extracting(ZonedDateTime::toLocalTime)
        .containsExactly(LocalTime.of(9, 0), LocalTime.of(12, 0));
    assertThat(spaced.withMinimumSpacing(Duration.ofHours(3).plusSeconds(1))
            .slots(dates(TAIPEI, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3))))
        .extracting(ZonedDateTime::toLocalTime)
        .containsExactly(LocalTime.of(9, 0));
  }

  @Test
  void slotsOfAnUnboundedRangeOfDatesAreRefused() {
    assertThatThrownBy(() -> INSTAGRAM_TAIPEI.slots(LocalDateRange.ofUnboundedEnd(LocalDate.of(2026, 3, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dates must be a bounded range");
  }
}
