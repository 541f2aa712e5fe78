package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class SchedulingRequestTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final Interval WEEK =
      Interval.of(Instant.parse("2026-03-01T16:00:00Z"), Instant.parse("2026-03-08T16:00:00Z"));
  private static final PostingSchedule INSTAGRAM =
      PostingSchedule.weekly(Platform.INSTAGRAM, TAIPEI, WeeklySlot.of(DayOfWeek.MONDAY, 9, 0));
  private static final PostingSchedule SHOP =
      PostingSchedule.builder().from(INSTAGRAM).account("@shop").build();
  private static final TimeOfWeekGrid EVENINGS =
      TimeOfWeekGrid.of(Map.of(TimeOfWeek.of(DayOfWeek.MONDAY, 19), 2.0), 1.0);

  private static Draft draft(String id) {
    return Draft.builder()
        .id(id)
        .platform(Platform.INSTAGRAM)
        .content(PostContent.builder()
            .format(PostFormat.IMAGE)
            .purpose(PostPurpose.EDUCATE)
            .build())
        .build();
  }

  private static final SchedulingRequest REQUEST =
      SchedulingRequest.builder()
          .period(WEEK)
          .zone(TAIPEI)
          .addSchedules(INSTAGRAM, SHOP)
          .addDrafts(draft("a"), draft("b"))
          .putTimeWeight(Platform.INSTAGRAM, EVENINGS)
          .build();

  @Test
  void defaultsAreAnEmptyCalendarAndNoMix() {
    assertThat(REQUEST.existing()).isEqualTo(ContentCalendar.empty(TAIPEI));
    assertThat(REQUEST.mix()).isEmpty();
    assertThat(REQUEST.withMix(RollingMix.defaultTarget()).mix()).contains(RollingMix.defaultTarget());
    assertThat(REQUEST.withDrafts(List.of()).drafts()).isEmpty();
  }

  @Test
  void timeWeightsFallBackToThePlatformThenUniform() {
    assertThat(REQUEST.timeWeightsFor(Channel.of(Platform.INSTAGRAM, "@shop"))).isEqualTo(EVENINGS);
    assertThat(REQUEST.timeWeightsFor(Channel.of(Platform.X))).isEqualTo(TimeOfWeekGrid.uniform());
  }

  @Test
  void scheduleForPrefersTheAccountThenTheWholePlatform() {
    assertThat(REQUEST.scheduleFor(Channel.of(Platform.INSTAGRAM, "@shop"))).contains(SHOP);
    assertThat(REQUEST.scheduleFor(Channel.of(Platform.INSTAGRAM, "@other"))).contains(INSTAGRAM);
    assertThat(REQUEST.scheduleFor(Channel.of(Platform.INSTAGRAM))).contains(INSTAGRAM);
    assertThat(REQUEST.scheduleFor(Channel.of(Platform.X))).isEmpty();
  }

  @Test
  void refusesAnUnboundedPeriod() {
    assertThatThrownBy(
            () -> SchedulingRequest.builder().from(REQUEST).period(Interval.startingAt(WEEK.getStart())).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("period must be bounded");
  }

  @Test
  void refusesTwoSchedulesForOneChannel() {
    assertThatThrownBy(() -> SchedulingRequest.builder().from(REQUEST).addSchedules(INSTAGRAM).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schedules[2]")
        .hasMessageContaining("instagram");
  }

  @Test
  void refusesDuplicateDraftIdsAndIdsOfExistingPosts() {
    assertThatThrownBy(() -> SchedulingRequest.builder().from(REQUEST).addDrafts(draft("a")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("drafts[0] and drafts[2]")
        .hasMessageContaining("\"a\"");
    ContentCalendar existing =
        ContentCalendar.of(TAIPEI, draft("b").toPost(WEEK.getStart()));
    assertThatThrownBy(() -> SchedulingRequest.builder().from(REQUEST).existing(existing).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("drafts[1]")
        .hasMessageContaining("existing calendar");
  }
}
