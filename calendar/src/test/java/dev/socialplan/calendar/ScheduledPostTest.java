package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduledPostTest {
  private static final Instant MONDAY_9AM_TAIPEI = Instant.parse("2026-01-05T01:00:00Z");
  private static final PostContent SERUM =
      PostContent.builder()
          .format(PostFormat.CAROUSEL)
          .purpose(PostPurpose.PROMOTE)
          .campaign("spring-launch")
          .text("Meet the new serum")
          .build();
  private static final ScheduledPost LAUNCH =
      ScheduledPost.builder()
          .id("launch-1")
          .platform(Platform.INSTAGRAM)
          .time(MONDAY_9AM_TAIPEI)
          .content(SERUM)
          .priority(5)
          .build();
  private static final ScheduledPost LIVE =
      ScheduledPost.of(
          "live-1",
          Platform.TIKTOK,
          MONDAY_9AM_TAIPEI,
          PostContent.of(PostFormat.LIVE, PostPurpose.ENTERTAIN, ""));

  @Test
  void keepsItsParts() {
    assertThat(LAUNCH.id()).isEqualTo("launch-1");
    assertThat(LAUNCH.platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(LAUNCH.account()).isEmpty();
    assertThat(LAUNCH.channel()).isEqualTo(Channel.of(Platform.INSTAGRAM));
    assertThat(LAUNCH.time()).isEqualTo(MONDAY_9AM_TAIPEI);
    assertThat(LAUNCH.content()).isSameAs(SERUM);
    assertThat(LAUNCH.priority()).isEqualTo(5);
    ScheduledPost onAccount = ScheduledPost.builder().from(LAUNCH).account("glowlab.tw").build();
    assertThat(onAccount.channel()).isEqualTo(Channel.of(Platform.INSTAGRAM, "glowlab.tw"));
  }

  @Test
  void defaults() {
    assertThat(LIVE.status()).isEqualTo(PostStatus.DRAFT);
    assertThat(LIVE.priority()).isZero();
    assertThat(LIVE.account()).isEmpty();
  }

  @Test
  void copiesWithChanges() {
    Instant later = MONDAY_9AM_TAIPEI.plusSeconds(3600);
    assertThat(LAUNCH.withTime(later).time()).isEqualTo(later);
    assertThat(LAUNCH.withStatus(PostStatus.APPROVED).status()).isEqualTo(PostStatus.APPROVED);
    assertThat(LAUNCH.withText("New").content()).isEqualTo(SERUM.withText("New"));
    assertThat(LAUNCH.withContent(LIVE.content()).content()).isEqualTo(LIVE.content());
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
    assertThat(ScheduledPost.builder().from(LAUNCH).build()).isEqualTo(LAUNCH).hasSameHashCodeAs(LAUNCH);
    assertThat(LIVE).isNotEqualTo(LAUNCH);
    assertThat(LAUNCH.withStatus(PostStatus.APPROVED)).isNotEqualTo(LAUNCH);
    assertThat(LAUNCH.withText("other")).isNotEqualTo(LAUNCH);
    assertThat(LAUNCH.toString()).contains("launch-1", "spring-launch");
  }

  @Test
  void refusesStructuralImpossibilities() {
    assertThatThrownBy(() -> ScheduledPost.builder().from(LAUNCH).id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank: \" \"");
    assertThatThrownBy(() -> ScheduledPost.builder().from(LAUNCH).account("\u2003").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("account must not be blank");
  }

  @Test
  void refusesMissingRequiredParts() {
    assertThatThrownBy(() -> ScheduledPost.builder().id("x").platform(Platform.X).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("time")
        .hasMessageContaining("content");
  }

  @Test
  void ofBuildsAPostFromItsFourParts() {
    PostContent live = PostContent.of(PostFormat.LIVE, PostPurpose.ENTERTAIN, "");
    ScheduledPost post = ScheduledPost.of("live-2", Platform.TIKTOK, MONDAY_9AM_TAIPEI, live);
    assertThat(post.id()).isEqualTo("live-2");
    assertThat(post.platform()).isEqualTo(Platform.TIKTOK);
    assertThat(post.time()).isEqualTo(MONDAY_9AM_TAIPEI);
    assertThat(post.content()).isEqualTo(live);
  }

  @Test
  void taggedLinksCarryTheCampaignAndAPostWithoutOneStaysTheSame() {
    PostContent content =
        PostContent.builder()
            .format(PostFormat.IMAGE)
            .purpose(PostPurpose.PROMOTE)
            .campaign("spring")
            .text("Menu: https://brand.example/menu")
            .build();
    ScheduledPost post = ScheduledPost.of("ig-1", Platform.INSTAGRAM, MONDAY_9AM_TAIPEI, content);
    ScheduledPost tagged = post.withTaggedLinks(UtmTemplate.standard());
    assertThat(tagged.content().text())
        .isEqualTo(
            "Menu: https://brand.example/menu?utm_source=instagram&utm_medium=social"
                + "&utm_campaign=spring&utm_content=ig-1");
    assertThat(tagged.withTaggedLinks(UtmTemplate.standard())).isSameAs(tagged);
    assertThat(LIVE.withTaggedLinks(UtmTemplate.standard())).isSameAs(LIVE);
  }
}
