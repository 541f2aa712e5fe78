package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduledPostTest {
  private static final Instant MONDAY_9AM_TAIPEI = Instant.parse("2026-01-05T01:00:00Z");
  private static final ScheduledPost LAUNCH =
      ScheduledPost.builder()
          .id("launch-1")
          .platform(Platform.INSTAGRAM)
          .time(MONDAY_9AM_TAIPEI)
          .format(PostFormat.CAROUSEL)
          .purpose(PostPurpose.PROMOTE)
          .pillar("product")
          .campaign("spring-launch")
          .text("Meet the new serum")
          .addHashtag("skincare")
          .addMention("glowlab")
          .addMedia(MediaKind.IMAGE)
          .addMedia(MediaKind.VIDEO)
          .priority(5)
          .build();
  private static final ScheduledPost LIVE =
      ScheduledPost.builder()
          .id("live-1")
          .platform(Platform.TIKTOK)
          .time(MONDAY_9AM_TAIPEI)
          .format(PostFormat.LIVE)
          .purpose(PostPurpose.ENTERTAIN)
          .duration(Duration.ofMinutes(45))
          .source(PostSource.userGenerated("@ana", Instant.parse("2026-01-01T00:00:00Z")))
          .purposeDriven(true)
          .build();

  @Test
  void keepsItsParts() {
    assertThat(LAUNCH.id()).isEqualTo("launch-1");
    assertThat(LAUNCH.platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(LAUNCH.account()).isEmpty();
    assertThat(LAUNCH.time()).isEqualTo(MONDAY_9AM_TAIPEI);
    assertThat(LAUNCH.format()).isEqualTo(PostFormat.CAROUSEL);
    assertThat(LAUNCH.purpose()).isEqualTo(PostPurpose.PROMOTE);
    assertThat(LAUNCH.pillar()).contains("product");
    assertThat(LAUNCH.campaign()).contains("spring-launch");
    assertThat(LAUNCH.text()).isEqualTo("Meet the new serum");
    assertThat(LAUNCH.hashtags()).containsExactly("skincare");
    assertThat(LAUNCH.mentions()).containsExactly("glowlab");
    assertThat(LAUNCH.media()).containsExactly(MediaKind.IMAGE, MediaKind.VIDEO);
    assertThat(LAUNCH.mediaCount()).isEqualTo(2);
    assertThat(LAUNCH.priority()).isEqualTo(5);
    assertThat(LIVE.duration()).contains(Duration.ofMinutes(45));
    assertThat(LIVE.source().hasPermission()).isTrue();
    assertThat(LIVE.purposeDriven()).isTrue();
  }

  @Test
  void defaults() {
    assertThat(LIVE.text()).isEmpty();
    assertThat(LIVE.status()).isEqualTo(PostStatus.DRAFT);
    assertThat(LAUNCH.source()).isEqualTo(PostSource.original());
    assertThat(LIVE.priority()).isZero();
    assertThat(LAUNCH.purposeDriven()).isFalse();
    assertThat(LAUNCH.announces()).isEmpty();
    assertThat(LAUNCH.duration()).isEmpty();
  }

  @Test
  void contentKindForTheMix() {
    assertThat(LAUNCH.contentSource()).isEqualTo(ContentSource.ORIGINAL);
    assertThat(LAUNCH.kind()).isEqualTo(ContentKind.of(PostPurpose.PROMOTE, ContentSource.ORIGINAL));
    assertThat(LIVE.contentSource()).isEqualTo(ContentSource.CURATED);
    ScheduledPost personal =
        ScheduledPost.builder().from(LIVE).contentSource(ContentSource.PERSONAL).build();
    assertThat(personal.kind()).isEqualTo(ContentKind.of(PostPurpose.ENTERTAIN, ContentSource.PERSONAL));
  }

  @Test
  void copiesWithChanges() {
    Instant later = MONDAY_9AM_TAIPEI.plusSeconds(3600);
    assertThat(LAUNCH.withTime(later).time()).isEqualTo(later);
    assertThat(LAUNCH.withStatus(PostStatus.APPROVED).status()).isEqualTo(PostStatus.APPROVED);
    assertThat(LAUNCH.withText("New").text()).isEqualTo("New");
    assertThat(LAUNCH.withId("launch-2").id()).isEqualTo("launch-2");
    assertThat(LAUNCH.withTime(later).withTime(MONDAY_9AM_TAIPEI)).isEqualTo(LAUNCH);
  }

  @Test
  void timeOrderIsTimeThenId() {
    ScheduledPost earlier = LAUNCH.withId("z").withTime(MONDAY_9AM_TAIPEI.minusSeconds(1));
    assertThat(List.of(LAUNCH, LIVE, earlier).stream().sorted(ScheduledPost.timeOrder()))
        .extracting(ScheduledPost::id)
        .containsExactly("z", "launch-1", "live-1");
  }

  @Test
  void equalByValue() {
    ScheduledPost same = ScheduledPost.builder().from(LAUNCH).build();
    assertThat(same).isEqualTo(LAUNCH).hasSameHashCodeAs(LAUNCH);
    assertThat(LAUNCH.toString()).contains("launch-1", "spring-launch");
  }

  @Test
  void refusesStructuralImpossibilities() {
    assertThatThrownBy(() -> ScheduledPost.builder().from(LAUNCH).id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank: \" \"");
    assertThatThrownBy(() -> ScheduledPost.builder().from(LAUNCH).addHashtag("#serum").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hashtags[1] must not start with '#' or contain white space: \"#serum\"");
    assertThatThrownBy(() -> ScheduledPost.builder().from(LAUNCH).addMention("glow lab").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentions[1] must not start with '@' or contain white space: \"glow lab\"");
    assertThatThrownBy(() -> ScheduledPost.builder().from(LIVE).duration(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must be positive: PT0S");
    assertThatThrownBy(() -> ScheduledPost.builder().from(LAUNCH).campaign("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("campaign must not be blank: \"\"");
  }

  @Test
  void refusesMissingRequiredParts() {
    assertThatThrownBy(() -> ScheduledPost.builder().id("x").platform(Platform.X).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("time")
        .hasMessageContaining("format")
        .hasMessageContaining("purpose");
  }
}
