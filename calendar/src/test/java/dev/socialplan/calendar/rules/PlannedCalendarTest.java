package dev.socialplan.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MixScope;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.content.ContentMix;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class PlannedCalendarTest {
  private static final ContentCalendar EMPTY = ContentCalendar.empty(ZoneOffset.UTC);
  private static final PostingSchedule X =
      PostingSchedule.weekly(Platform.X, ZoneOffset.UTC, WeeklySlot.of(DayOfWeek.MONDAY, 9, 0));
  private static final Interval MARCH =
      Interval.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));

  @Test
  void defaultsAreTheStandardCatalogAndTheEightyTwentyMix() {
    PlannedCalendar subject = PlannedCalendar.of(EMPTY);
    assertThat(subject.catalog()).isEqualTo(PlatformCatalog.standard());
    assertThat(subject.mix()).isEqualTo(RollingMix.defaultTarget());
    assertThat(subject.schedules()).isEmpty();
    assertThat(subject.period()).isEmpty();
    assertThat(PlannedCalendar.of(EMPTY, List.of(X)).schedules()).containsExactly(X);
  }

  @Test
  void fromARequestTakesItsSchedulesPeriodAndMix() {
    RollingMix thirds = RollingMix.of(ContentMix.RULE_OF_THIRDS, 6, MixScope.CALENDAR);
    SchedulingRequest request =
        SchedulingRequest.builder().period(MARCH).zone(ZoneOffset.UTC).addSchedules(X).mix(thirds).build();
    PlannedCalendar subject = PlannedCalendar.from(request, EMPTY);
    assertThat(subject.schedules()).containsExactly(X);
    assertThat(subject.period()).contains(MARCH);
    assertThat(subject.mix()).isEqualTo(thirds);
    SchedulingRequest withoutMix = SchedulingRequest.builder().from(request).mix(java.util.Optional.empty()).build();
    assertThat(PlannedCalendar.from(withoutMix, EMPTY).mix()).isEqualTo(RollingMix.defaultTarget());
  }

  @Test
  void withMethods() {
    PlannedCalendar subject = PlannedCalendar.of(EMPTY);
    assertThat(subject.withCatalog(PlatformCatalog.empty()).catalog()).isEqualTo(PlatformCatalog.empty());
    assertThat(subject.withMix(RollingMix.defaultTarget().withWindowPosts(5)).mix().windowPosts()).isEqualTo(5);
  }

  @Test
  void refusesAnUnboundedPeriod() {
    assertThatThrownBy(
            () -> PlannedCalendar.builder().calendar(EMPTY).period(Interval.startingAt(Instant.EPOCH)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("period must be bounded");
  }
}
