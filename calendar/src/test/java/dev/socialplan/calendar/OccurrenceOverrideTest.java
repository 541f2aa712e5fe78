package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccurrenceOverrideTest {
  private static final Instant TIME = Instant.parse("2026-01-06T01:00:00Z");
  private static final ScheduledPost TIP =
      ScheduledPost.builder()
          .id("tip@20260106T090000")
          .platform(Platform.INSTAGRAM)
          .time(TIME)
          .format(PostFormat.IMAGE)
          .purpose(PostPurpose.EDUCATE)
          .text("Tip of the week")
          .addHashtag("tips")
          .build();

  @Test
  void emptyOverrideChangesOnlyTheTime() {
    Instant later = TIME.plusSeconds(60);
    assertThat(OccurrenceOverride.builder().build().applyTo(TIP, later)).isEqualTo(TIP.withTime(later));
  }

  @Test
  void presentPartsReplaceTheTemplates() {
    OccurrenceOverride change =
        OccurrenceOverride.builder()
            .text("Holiday edition")
            .hashtags(List.of("holiday", "tips"))
            .mentions(List.of("glowlab"))
            .media(List.of(MediaKind.VIDEO))
            .format(PostFormat.SHORT_VIDEO)
            .purpose(PostPurpose.ENTERTAIN)
            .pillar("seasonal")
            .campaign("xmas")
            .status(PostStatus.APPROVED)
            .duration(Duration.ofSeconds(30))
            .priority(9)
            .build();
    ScheduledPost changed = change.applyTo(TIP, TIME);
    assertThat(changed.id()).isEqualTo(TIP.id());
    assertThat(changed.text()).isEqualTo("Holiday edition");
    assertThat(changed.hashtags()).containsExactly("holiday", "tips");
    assertThat(changed.mentions()).containsExactly("glowlab");
    assertThat(changed.media()).containsExactly(MediaKind.VIDEO);
    assertThat(changed.format()).isEqualTo(PostFormat.SHORT_VIDEO);
    assertThat(changed.purpose()).isEqualTo(PostPurpose.ENTERTAIN);
    assertThat(changed.pillar()).contains("seasonal");
    assertThat(changed.campaign()).contains("xmas");
    assertThat(changed.status()).isEqualTo(PostStatus.APPROVED);
    assertThat(changed.duration()).contains(Duration.ofSeconds(30));
    assertThat(changed.priority()).isEqualTo(9);
  }

  @Test
  void factories() {
    LocalDateTime eve = LocalDateTime.of(2026, 12, 24, 18, 0);
    assertThat(OccurrenceOverride.movedTo(eve).time()).contains(eve);
    assertThat(OccurrenceOverride.movedTo(eve).text()).isEmpty();
    assertThat(OccurrenceOverride.ofText("x").text()).contains("x");
    assertThat(OccurrenceOverride.ofText("x")).isEqualTo(OccurrenceOverride.builder().text("x").build());
  }
}
