package dev.socialplan.calendar.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlotBindingTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final WeeklySlot MONDAY_9 = WeeklySlot.of(DayOfWeek.MONDAY, 9, 0);
  private static final WeeklySlot WEDNESDAY_9 = WeeklySlot.of(DayOfWeek.WEDNESDAY, 9, 0);
  private static final PostingSchedule MONDAY_AND_WEDNESDAY =
      PostingSchedule.weekly(Platform.INSTAGRAM, NEW_YORK, MONDAY_9, WEDNESDAY_9);

  @Test
  void aPillarBindingTakesOnlyThatPillar() {
    SlotBinding tips = SlotBinding.pillar("tips");
    assertThat(tips.pillar()).contains("tips");
    assertThat(tips.purpose()).isEmpty();
    assertThat(tips.isPillar()).isTrue();
    assertThat(tips.accepts(PostPurpose.EDUCATE, Optional.of("tips"))).isTrue();
    assertThat(tips.accepts(PostPurpose.EDUCATE, Optional.of("Tips"))).isFalse();
    assertThat(tips.accepts(PostPurpose.EDUCATE, Optional.empty())).isFalse();
    assertThat(tips.toString()).isEqualTo("pillar tips");
  }

  @Test
  void aPurposeBindingTakesOnlyThatPurpose() {
    SlotBinding promote = SlotBinding.purpose(PostPurpose.PROMOTE);
    assertThat(promote.purpose()).contains(PostPurpose.PROMOTE);
    assertThat(promote.pillar()).isEmpty();
    assertThat(promote.isPillar()).isFalse();
    assertThat(promote.accepts(PostPurpose.PROMOTE, Optional.of("tips"))).isTrue();
    assertThat(promote.accepts(PostPurpose.EDUCATE, Optional.empty())).isFalse();
    assertThat(promote.toString()).isEqualTo("purpose PROMOTE");
  }

  @Test
  void aBlankPillarIsRefused() {
    assertThatThrownBy(() -> SlotBinding.pillar(" \u200B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pillar");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(SlotBinding.pillar("tips"), SlotBinding.pillar("tips"))
        .addEqualityGroup(SlotBinding.pillar("stories"))
        .addEqualityGroup(SlotBinding.purpose(PostPurpose.PROMOTE), SlotBinding.purpose(PostPurpose.PROMOTE))
        .addEqualityGroup(SlotBinding.purpose(PostPurpose.EDUCATE))
        .testEquals();
  }

  @Test
  void aScheduleBindsSlotsOfItsWeeklyPattern() {
    PostingSchedule bound = MONDAY_AND_WEDNESDAY.withBinding(WEDNESDAY_9, SlotBinding.pillar("tips"));
    assertThat(bound.bindings()).containsEntry(WEDNESDAY_9, SlotBinding.pillar("tips")).hasSize(1);
    // Wednesday 4 March 2026, 09:00 in New York.
    assertThat(bound.bindingAt(bound.resolve(LocalDateTime.of(2026, 3, 4, 9, 0)).toInstant()))
        .contains(SlotBinding.pillar("tips"));
    assertThat(bound.bindingAt(bound.resolve(LocalDateTime.of(2026, 3, 2, 9, 0)).toInstant())).isEmpty();
    assertThat(MONDAY_AND_WEDNESDAY.bindingAt(bound.resolve(LocalDateTime.of(2026, 3, 4, 9, 0)).toInstant()))
        .isEmpty();
  }

  @Test
  void aBoundSlotInADaylightSavingGapKeepsItsBinding() {
    // New York springs forward on Sunday 8 March 2026: 02:30 becomes 03:30 EDT.
    WeeklySlot sundayGap = WeeklySlot.of(DayOfWeek.SUNDAY, 2, 30);
    PostingSchedule schedule =
        PostingSchedule.weekly(Platform.X, NEW_YORK, sundayGap).withBinding(sundayGap, SlotBinding.pillar("tips"));
    assertThat(schedule.bindingAt(schedule.resolve(LocalDateTime.of(2026, 3, 8, 2, 30)).toInstant()))
        .contains(SlotBinding.pillar("tips"));
  }

  @Test
  void bindingsTheScheduleCannotHaveAreRefused() {
    assertThatThrownBy(
            () -> MONDAY_AND_WEDNESDAY.withBinding(WeeklySlot.of(DayOfWeek.FRIDAY, 9, 0), SlotBinding.pillar("tips")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "bindings[FRIDAY 09:00] is not a slot of the pattern WeeklySlots[MONDAY 09:00, WEDNESDAY 09:00]");
    assertThatThrownBy(
            () ->
                MONDAY_AND_WEDNESDAY
                    .withBinding(MONDAY_9, SlotBinding.pillar("tips"))
                    .withBinding(WEDNESDAY_9, SlotBinding.purpose(PostPurpose.PROMOTE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bindings must all bind pillars or all bind purposes: bindings[WEDNESDAY 09:00] is purpose PROMOTE");
    PostingSchedule recurring =
        PostingSchedule.builder()
            .platform(Platform.X)
            .zone(NEW_YORK)
            .pattern(RecurrencePattern.of("FREQ=WEEKLY;COUNT=3", LocalDateTime.of(2026, 3, 2, 9, 0)))
            .build();
    assertThatThrownBy(() -> recurring.withBinding(MONDAY_9, SlotBinding.pillar("tips")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bindings need a weekly pattern of slots");
    assertThat(
            PostingSchedule.builder()
                .platform(Platform.X)
                .zone(NEW_YORK)
                .pattern(WeeklySlots.on(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0)))
                .build()
                .bindings())
        .isEmpty();
  }
}
