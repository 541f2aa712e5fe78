package dev.socialplan.calendar.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.platform.Platform;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/** Slot expansion invariants for generated schedules, in zones with and without DST. */
class PostingSchedulePropertiesTest {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("Asia/Taipei"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("UTC"));
  private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

  private static final Gen<ZoneId> ZONE = arbitrary().pick(ZONES);
  /** Minutes of the day, biased towards the small hours where DST transitions happen. */
  private static final Gen<LocalTime> TIME =
      integers().between(0, 23).zip(arbitrary().pick(0, 15, 30, 45), LocalTime::of)
          .mix(integers().between(0, 3).zip(arbitrary().pick(0, 15, 30, 45), LocalTime::of));
  private static final Gen<WeeklySlot> SLOT =
      arbitrary().enumValues(DayOfWeek.class).zip(TIME, WeeklySlot::of);
  private static final Gen<WeeklySlots> WEEKLY =
      lists().of(SLOT).ofSizeBetween(1, 8).map(slots -> WeeklySlots.of(slots));
  private static final Gen<Duration> SPACING =
      arbitrary().pick(0, 0, 30, 60, 180, 720, 1440, 4000).map((Integer m) -> Duration.ofMinutes(m));
  private static final Gen<Integer> CAP = integers().between(0, 3);
  private static final Gen<LocalDateRange> BLACKOUT =
      integers().between(0, 400).zip(integers().between(1, 10),
          (start, length) -> LocalDateRange.of(BASE.plusDays(start), BASE.plusDays(start + length)));
  private static final Gen<List<TimeWindow>> WINDOWS =
      booleans().all().zip(lists().of(arbitrary().enumValues(DayOfWeek.class)).ofSizeBetween(1, 7),
          integers().between(0, 22), integers().between(1, 12),
          (use, days, startHour, hours) -> {
            List<TimeWindow> windows = new ArrayList<>();
            if (use) {
              LocalTime start = LocalTime.of(startHour, 0);
              LocalTime end = startHour + hours >= 24 ? LocalTime.MIDNIGHT : LocalTime.of(startHour + hours, 0);
              for (DayOfWeek day : new TreeSet<>(days)) {
                windows.add(TimeWindow.of(day, start, end));
              }
            }
            return windows;
          });

  private static final Gen<PostingSchedule> SCHEDULE =
      ZONE.zip(WEEKLY, SPACING, CAP, (zone, slots, spacing, cap) -> {
            PostingSchedule.Builder b =
                PostingSchedule.builder().platform(Platform.X).zone(zone).pattern(slots).minimumSpacing(spacing);
            if (cap > 0) {
              b.maxPostsPerDay(cap);
            }
            return b.build();
          })
          .zip(lists().of(BLACKOUT).ofSizeBetween(0, 3), WINDOWS,
              (schedule, blackouts, windows) ->
                  PostingSchedule.builder().from(schedule).blackouts(blackouts).allowedWindows(windows).build());

  /** Periods of up to 90 days starting anywhere in 2026, at any minute. */
  private static final Gen<Interval> PERIOD =
      integers().between(0, 364 * 24 * 60).zip(integers().between(0, 90 * 24 * 60),
          (startMinute, lengthMinutes) -> {
            Instant start = BASE.atStartOfDay(ZoneId.of("UTC")).toInstant().plus(Duration.ofMinutes(startMinute));
            return Interval.of(start, Duration.ofMinutes(lengthMinutes));
          });

  @Test
  void slotsAreSortedInsideThePeriodAllowedAndSpaced() {
    qt().forAll(SCHEDULE, PERIOD)
        .checkAssert(
            (schedule, period) -> {
              List<ZonedDateTime> slots = schedule.slots(period);
              Map<LocalDate, Integer> perDay = new HashMap<>();
              for (int i = 0; i < slots.size(); i++) {
                ZonedDateTime slot = slots.get(i);
                assertThat(period.contains(slot.toInstant())).as("inside %s: %s", period, slot).isTrue();
                assertThat(slot.getZone()).isEqualTo(schedule.zone());
                assertThat(schedule.isBlackedOut(slot.toLocalDate())).as("blacked out: %s", slot).isFalse();
                assertThat(schedule.isInAllowedWindow(slot.toLocalDateTime())).as("window: %s", slot).isTrue();
                if (i > 0) {
                  Duration gap = Duration.between(slots.get(i - 1).toInstant(), slot.toInstant());
                  assertThat(gap).as("sorted").isPositive();
                  assertThat(gap).as("spacing").isGreaterThanOrEqualTo(schedule.minimumSpacing());
                }
                perDay.merge(slot.toLocalDate(), 1, Integer::sum);
              }
              schedule.maxPostsPerDay()
                  .ifPresent(cap -> assertThat(perDay.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(cap)));
              assertThat(schedule.candidateSlots(period)).containsAll(slots);
            });
  }

  @Test
  void candidatesAreEveryLocalSlotResolvedByJavaTime() {
    // Oracle: java.time's own resolution (gap forward, overlap earlier) of every local slot.
    qt().forAll(ZONE, WEEKLY, integers().between(0, 364), integers().between(1, 60))
        .checkAssert(
            (zone, weekly, startDay, days) -> {
              PostingSchedule schedule =
                  PostingSchedule.builder().platform(Platform.X).zone(zone).pattern(weekly).build();
              LocalDate from = BASE.plusDays(startDay);
              LocalDate to = from.plusDays(days);
              Interval period = Interval.of(from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant());
              assertThat(schedule.candidateSlots(period))
                  .extracting(ZonedDateTime::toInstant)
                  .containsExactlyElementsOf(localSlotsByInstant(weekly, zone, from, to, period).keySet());
            });
  }

  @Test
  void mergedSlotsAreExactlyTheLocalSlotsSharingAnInstant() {
    // Oracle: group every local slot by java.time's resolution of it; groups of two or more merged.
    qt().forAll(ZONE, WEEKLY, integers().between(0, 364), integers().between(1, 60))
        .checkAssert(
            (zone, weekly, startDay, days) -> {
              PostingSchedule schedule =
                  PostingSchedule.builder().platform(Platform.X).zone(zone).pattern(weekly).build();
              LocalDate from = BASE.plusDays(startDay);
              LocalDate to = from.plusDays(days);
              Interval period = Interval.of(from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant());
              Map<Instant, TreeSet<LocalDateTime>> byInstant =
                  localSlotsByInstant(weekly, zone, from, to, period);
              List<MergedSlot> merged = schedule.mergedSlots(period);
              List<Instant> expected = new ArrayList<>();
              byInstant.forEach((instant, locals) -> {
                if (locals.size() > 1) {
                  expected.add(instant);
                }
              });
              assertThat(merged).extracting(m -> m.slot().toInstant()).containsExactlyElementsOf(expected);
              for (MergedSlot m : merged) {
                assertThat(m.localTimes()).containsExactlyElementsOf(byInstant.get(m.slot().toInstant()));
              }
            });
  }

  /**
   * The oracle of both tests above: every local slot of the pattern from the day before {@code from}
   * to the day after {@code to}, resolved by java.time (gap forward, overlap earlier), grouped by the
   * instant it resolves to, kept when the instant is in the period.
   */
  private static java.util.SortedMap<Instant, TreeSet<LocalDateTime>> localSlotsByInstant(
      WeeklySlots weekly, ZoneId zone, LocalDate from, LocalDate to, Interval period) {
    java.util.SortedMap<Instant, TreeSet<LocalDateTime>> byInstant = new java.util.TreeMap<>();
    for (LocalDate d = from.minusDays(1); d.isBefore(to.plusDays(1)); d = d.plusDays(1)) {
      for (LocalTime time : weekly.timesOn(d.getDayOfWeek())) {
        LocalDateTime local = LocalDateTime.of(d, time);
        Instant instant = ZonedDateTime.of(local, zone).toInstant();
        if (period.contains(instant)) {
          byInstant.computeIfAbsent(instant, k -> new TreeSet<>()).add(local);
        }
      }
    }
    return byInstant;
  }

  @Test
  void monthlyRulesSkipMonthsWithoutTheDay() {
    // Oracle: walk the calendar month by month and keep the months that have the day.
    qt().forAll(integers().between(1, 31), integers().between(1, 40), integers().between(0, 47), ZONE)
        .checkAssert(
            (day, count, startMonth, zone) -> {
              LocalDate first = BASE.plusMonths(startMonth).withDayOfMonth(1);
              RecurrencePattern pattern =
                  RecurrencePattern.of(
                      "FREQ=MONTHLY;BYMONTHDAY=" + day + ";COUNT=" + count, first.atTime(10, 0));
              List<LocalDateTime> expected = new ArrayList<>();
              for (LocalDate month = first; expected.size() < count; month = month.plusMonths(1)) {
                if (month.lengthOfMonth() >= day) {
                  expected.add(month.withDayOfMonth(day).atTime(10, 0));
                }
              }
              assertThat(pattern.occurrences(zone)).containsExactlyElementsOf(expected);
            });
  }

  @Test
  void ruleSchedulesHoldTheSameInvariants() {
    Gen<String> byDay =
        lists().of(arbitrary().pick("MO", "TU", "WE", "TH", "FR", "SA", "SU")).ofSizeBetween(1, 4)
            .map(days -> String.join(",", new TreeSet<>(days)));
    Gen<RecurrencePattern> rules =
        byDay.zip(integers().between(1, 3), integers().between(1, 200), TIME,
            (days, interval, count, time) ->
                RecurrencePattern.of(
                    "FREQ=WEEKLY;INTERVAL=" + interval + ";BYDAY=" + days + ";COUNT=" + count,
                    LocalDateTime.of(BASE, time)));
    qt().forAll(ZONE, rules, SPACING.assuming(s -> s.compareTo(Duration.ofDays(7)) <= 0), PERIOD)
        .checkAssert(
            (zone, rule, spacing, period) -> {
              PostingSchedule schedule =
                  PostingSchedule.builder().platform(Platform.X).zone(zone).pattern(rule).minimumSpacing(spacing).build();
              List<ZonedDateTime> slots = schedule.slots(period);
              for (int i = 0; i < slots.size(); i++) {
                assertThat(period.contains(slots.get(i).toInstant())).isTrue();
                if (i > 0) {
                  assertThat(Duration.between(slots.get(i - 1).toInstant(), slots.get(i).toInstant()))
                      .isPositive()
                      .isGreaterThanOrEqualTo(spacing);
                }
              }
              assertThat(slots.size()).isLessThanOrEqualTo(rule.count().getAsInt());
            });
  }
}
