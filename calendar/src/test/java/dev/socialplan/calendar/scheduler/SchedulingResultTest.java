package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulingResultTest {
  private static Draft draft(String id) {
    return Draft.builder().id(id).platform(Platform.X).content(PostContent.builder().format(PostFormat.TEXT).purpose(PostPurpose.INFORM).build()).build();
  }

  private static final ScheduledPost PLACED = draft("a").toPost(Instant.parse("2026-03-02T09:00:00Z"));
  private static final List<UnplacedDraft> UNPLACED =
      List.of(
          new UnplacedDraft(draft("b"), UnplacedReason.NO_FREE_SLOT, "all taken"),
          new UnplacedDraft(draft("c"), UnplacedReason.NO_FREE_SLOT, "all taken"),
          new UnplacedDraft(draft("d"), UnplacedReason.NO_SCHEDULE, "none"));
  private static final SchedulingResult RESULT =
      SchedulingResult.of(ContentCalendar.of(ZoneOffset.UTC, PLACED), List.of(PLACED), UNPLACED);

  @Test
  void countsAndReasons() {
    assertThat(RESULT.placedCount()).isEqualTo(1);
    assertThat(RESULT.isComplete()).isFalse();
    assertThat(RESULT.unplacedByReason())
        .containsExactly(
            Map.entry(UnplacedReason.NO_SCHEDULE, 1), Map.entry(UnplacedReason.NO_FREE_SLOT, 2));
    assertThat(RESULT).hasToString("SchedulingResult[placed 1, unplaced 3 {NO_SCHEDULE=1, NO_FREE_SLOT=2}]");
  }

  @Test
  void completeWhenNothingIsLeft() {
    SchedulingResult complete =
        SchedulingResult.of(ContentCalendar.of(ZoneOffset.UTC, PLACED), List.of(PLACED), List.of());
    assertThat(complete.isComplete()).isTrue();
    assertThat(complete).hasToString("SchedulingResult[placed 1, unplaced 0]");
    assertThat(complete).isNotEqualTo(RESULT);
    assertThat(SchedulingResult.of(RESULT.calendar(), RESULT.placed(), RESULT.unplaced()))
        .isEqualTo(RESULT)
        .hasSameHashCodeAs(RESULT);
  }
}
