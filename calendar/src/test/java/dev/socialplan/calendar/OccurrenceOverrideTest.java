package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OccurrenceOverrideTest {
  private static final Instant TIME = Instant.parse("2026-01-06T01:00:00Z");
  private static final ScheduledPost TIP =
      ScheduledPost.builder()
          .id("tip@20260106T090000")
          .platform(Platform.INSTAGRAM)
          .time(TIME)
          .content(PostContent.builder()
              .format(PostFormat.IMAGE)
              .purpose(PostPurpose.EDUCATE)
              .text("Tip of the week")
              .addHashtag("tips")
              .build())
          .build();

  @Test
  void emptyOverrideChangesOnlyTheTime() {
    Instant later = TIME.plusSeconds(60);
    assertThat(OccurrenceOverride.builder().build().applyTo(TIP, later)).isEqualTo(TIP.withTime(later));
  }

  @Test
  void presentPartsReplaceTheTemplates() {
    PostContent holiday =
        TIP.content().withText("Holiday edition").withFormat(PostFormat.SHORT_VIDEO);
    OccurrenceOverride change =
        OccurrenceOverride.builder().content(holiday).status(PostStatus.APPROVED).priority(9).build();
    ScheduledPost changed = change.applyTo(TIP, TIME);
    assertThat(changed.id()).isEqualTo(TIP.id());
    assertThat(changed.time()).isEqualTo(TIME);
    assertThat(changed.content()).isEqualTo(holiday);
    assertThat(changed.status()).isEqualTo(PostStatus.APPROVED);
    assertThat(changed.priority()).isEqualTo(9);
  }

  @Test
  void absentPartsKeepTheTemplates() {
    ScheduledPost approved =
        OccurrenceOverride.builder().status(PostStatus.APPROVED).build().applyTo(TIP, TIME);
    assertThat(approved.content()).isEqualTo(TIP.content());
    assertThat(approved.priority()).isEqualTo(TIP.priority());
    assertThat(approved).isEqualTo(TIP.withStatus(PostStatus.APPROVED));
  }

  @Test
  void factories() {
    LocalDateTime eve = LocalDateTime.of(2026, 12, 24, 18, 0);
    assertThat(OccurrenceOverride.movedTo(eve).time()).contains(eve);
    assertThat(OccurrenceOverride.movedTo(eve).content()).isEmpty();
    PostContent text = TIP.content().withText("x");
    assertThat(OccurrenceOverride.of(text).content()).contains(text);
    assertThat(OccurrenceOverride.of(text)).isEqualTo(OccurrenceOverride.builder().content(text).build());
    assertThat(OccurrenceOverride.of(text).time()).isEmpty();
  }
}
