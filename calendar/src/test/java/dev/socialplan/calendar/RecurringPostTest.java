package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.schedule.RecurrencePattern;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class RecurringPostTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ScheduledPost TEMPLATE =
      ScheduledPost.builder()
          .id("tip-tuesday")
          .platform(Platform.INSTAGRAM)
          .time(Instant.EPOCH)
          .content(PostContent.builder()
              .format(PostFormat.IMAGE)
              .purpose(PostPurpose.EDUCATE)
              .pillar("tips")
              .text("Tip of the week")
              .build())
          .build();
  // Tuesdays at 09:00 in January 2026: the 6th, 13th, 20th and 27th.
  private static final RecurrencePattern TUESDAYS =
      RecurrencePattern.of("FREQ=WEEKLY;BYDAY=TU;COUNT=4", LocalDateTime.of(2026, 1, 6, 9, 0));
  private static final RecurringPost TIP_TUESDAY = RecurringPost.of(TEMPLATE, TUESDAYS, TAIPEI);

  @Test
  void expandsOnePostPerOccurrenceWithStableIds() {
    List<ScheduledPost> posts = TIP_TUESDAY.expand();
    assertThat(posts)
        .extracting(ScheduledPost::id)
        .containsExactly(
            "tip-tuesday@20260106T090000",
            "tip-tuesday@20260113T090000",
            "tip-tuesday@20260120T090000",
            "tip-tuesday@20260127T090000");
    assertThat(posts.get(0).time()).isEqualTo(Instant.parse("2026-01-06T01:00:00Z"));
    assertThat(posts).allSatisfy(p -> assertThat(p.content().text()).isEqualTo("Tip of the week"));
    assertThat(posts).allSatisfy(p -> assertThat(p.content().pillar()).contains("tips"));
    assertThat(TIP_TUESDAY.expand()).isEqualTo(posts);
  }

  @Test
  void overridesChangeOneOccurrence() {
    RecurringPost edited =
        TIP_TUESDAY
            .withOverride(LocalDateTime.of(2026, 1, 13, 9, 0), OccurrenceOverride.of(TEMPLATE.content().withText("Special tip")))
            .withOverride(
                LocalDateTime.of(2026, 1, 20, 9, 0),
                OccurrenceOverride.movedTo(LocalDateTime.of(2026, 1, 28, 18, 0)));
    List<ScheduledPost> posts = edited.expand();
    assertThat(posts)
        .extracting(ScheduledPost::id)
        .containsExactly(
            "tip-tuesday@20260106T090000",
            "tip-tuesday@20260113T090000",
            "tip-tuesday@20260127T090000",
            "tip-tuesday@20260120T090000");
    assertThat(posts.get(1).content().text()).isEqualTo("Special tip");
    assertThat(posts.get(3).time()).isEqualTo(Instant.parse("2026-01-28T10:00:00Z"));
    assertThat(posts.get(2).content().text()).isEqualTo("Tip of the week");
  }

  @Test
  void skipsRemoveOccurrences() {
    RecurringPost skipped = TIP_TUESDAY.withSkip(LocalDateTime.of(2026, 1, 13, 9, 0));
    assertThat(skipped.occurrences())
        .containsExactly(
            LocalDateTime.of(2026, 1, 6, 9, 0),
            LocalDateTime.of(2026, 1, 20, 9, 0),
            LocalDateTime.of(2026, 1, 27, 9, 0));
    assertThat(skipped.expand()).hasSize(3);
  }

  @Test
  void expandsWithinAPeriod() {
    Interval middle =
        Interval.of(Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-01-21T00:00:00Z"));
    assertThat(TIP_TUESDAY.expand(middle))
        .extracting(ScheduledPost::id)
        .containsExactly("tip-tuesday@20260113T090000", "tip-tuesday@20260120T090000");
  }

  @Test
  void resolvesOccurrencesThroughDaylightSavingTime() {
    // Sundays 02:30 in New York around 2026-03-08, when 02:30 does not exist.
    RecurringPost sundays =
        RecurringPost.of(
            TEMPLATE,
            RecurrencePattern.of("FREQ=WEEKLY;BYDAY=SU;COUNT=3", LocalDateTime.of(2026, 3, 1, 2, 30)),
            NEW_YORK);
    assertThat(sundays.expand())
        .extracting(ScheduledPost::time)
        .containsExactly(
            Instant.parse("2026-03-01T07:30:00Z"),
            Instant.parse("2026-03-08T07:30:00Z"),
            Instant.parse("2026-03-15T06:30:00Z"));
  }

  @Test
  void refusesOverridesAndSkipsOfNonOccurrences() {
    assertThatThrownBy(
            () -> TIP_TUESDAY.withOverride(LocalDateTime.of(2026, 1, 7, 9, 0), OccurrenceOverride.of(TEMPLATE.content().withText("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overrides key must be an occurrence of the pattern: 2026-01-07T09:00");
    assertThatThrownBy(() -> TIP_TUESDAY.withSkip(LocalDateTime.of(2026, 2, 3, 9, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("skips must be occurrences of the pattern: 2026-02-03T09:00");
    LocalDateTime jan13 = LocalDateTime.of(2026, 1, 13, 9, 0);
    assertThatThrownBy(
            () -> TIP_TUESDAY.withSkip(jan13).withOverride(jan13, OccurrenceOverride.of(TEMPLATE.content().withText("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an occurrence must not be both overridden and skipped: 2026-01-13T09:00");
  }

  @Test
  void equalByValue() {
    RecurringPost same =
        RecurringPost.builder().template(TEMPLATE).pattern(TUESDAYS).zone(TAIPEI).build();
    assertThat(same).isEqualTo(TIP_TUESDAY).hasSameHashCodeAs(TIP_TUESDAY);
    assertThat(TIP_TUESDAY.occurrenceId(LocalDateTime.of(2026, 1, 6, 9, 0)))
        .isEqualTo("tip-tuesday@20260106T090000");
  }
}
