package dev.socialplan.calendar.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.testkit.generators.CalendarGenerators;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** Expansion and free-slot invariants for every kind of generated schedule. */
class PostingScheduleGeneratedPropertiesTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void slotsHoldEveryConstraint() {
    qt().forAll(CalendarGenerators.postingSchedules(), integers().between(0, 700), integers().between(1, 60))
        .checkAssert(
            (schedule, day, days) -> {
              Interval period = Interval.of(START.plus(Duration.ofDays(day)), Duration.ofDays(days));
              List<ZonedDateTime> slots = schedule.slots(period);
              Map<LocalDate, Integer> perDay = new HashMap<>();
              for (int i = 0; i < slots.size(); i++) {
                ZonedDateTime slot = slots.get(i);
                assertThat(period.contains(slot.toInstant())).isTrue();
                assertThat(schedule.allows(slot.toInstant())).isTrue();
                if (i > 0) {
                  assertThat(Duration.between(slots.get(i - 1).toInstant(), slot.toInstant()))
                      .isPositive()
                      .isGreaterThanOrEqualTo(schedule.minimumSpacing());
                }
                perDay.merge(slot.toLocalDate(), 1, Integer::sum);
              }
              schedule.maxPostsPerDay().ifPresent(cap -> assertThat(perDay.values()).allMatch(n -> n <= cap));
            });
  }

  @Test
  void nextFreeSlotIsFreeAndNothingEarlierIs() {
    qt().forAll(CalendarGenerators.postingSchedules(), CalendarGenerators.contentCalendars(30),
            integers().between(0, 700), integers().between(1, 45))
        .checkAssert(
            (schedule, calendar, day, days) -> {
              Interval search = Interval.of(START.plus(Duration.ofDays(day)), Duration.ofDays(days));
              Optional<ZonedDateTime> slot = calendar.nextFreeSlot(schedule, search);
              slot.ifPresent(s -> {
                assertThat(search.contains(s.toInstant())).isTrue();
                assertThat(calendar.isFree(schedule, s.toInstant())).isTrue();
              });
              for (ZonedDateTime candidate : schedule.candidateSlots(search)) {
                if (slot.isPresent() && !candidate.toInstant().isBefore(slot.get().toInstant())) {
                  break;
                }
                assertThat(calendar.isFree(schedule, candidate.toInstant())).isFalse();
              }
              // Taking the slot makes it unfree.
              slot.ifPresent(s -> {
                ScheduledPost.Builder taker =
                    ScheduledPost.builder()
                        .id("taken")
                        .platform(schedule.platform())
                        .time(s.toInstant())
                        .content(PostContent.builder()
                            .format(PostFormat.TEXT)
                            .purpose(PostPurpose.INFORM)
                            .build());
                schedule.account().ifPresent(taker::account);
                ContentCalendar taken = calendar.without("taken").with(taker.build());
                assertThat(taken.isFree(schedule, s.toInstant())).isFalse();
              });
            });
  }
}
