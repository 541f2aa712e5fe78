package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostSource;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class DraftTest {
  private static final Instant MARCH_2 = Instant.parse("2026-03-02T01:00:00Z");
  private static final Instant GRANTED = Instant.parse("2026-02-20T00:00:00Z");
  private static final Interval SPRING_SALE =
      Interval.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-08T00:00:00Z"));

  private static final Draft REEL =
      Draft.builder()
          .id("reel-1")
          .platform(Platform.INSTAGRAM)
          .account("@bakery")
          .format(PostFormat.SHORT_VIDEO)
          .purpose(PostPurpose.PROMOTE)
          .pillar("new bakes")
          .campaign("spring sale")
          .campaignWindow(SPRING_SALE)
          .text("Strawberry tarts are back")
          .addHashtags("spring", "bakery")
          .addMentions("chef_ana")
          .addMedia(MediaKind.VIDEO)
          .duration(Duration.ofSeconds(45))
          .source(PostSource.userGenerated("@fan", GRANTED))
          .priority(3)
          .purposeDriven(true)
          .build();

  @Test
  void toPostKeepsEverythingAndAddsTheTimeAsADraft() {
    ScheduledPost post = REEL.toPost(MARCH_2);
    assertThat(post.id()).isEqualTo("reel-1");
    assertThat(post.time()).isEqualTo(MARCH_2);
    assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
    assertThat(post.account()).contains("@bakery");
    assertThat(post.format()).isEqualTo(PostFormat.SHORT_VIDEO);
    assertThat(post.purpose()).isEqualTo(PostPurpose.PROMOTE);
    assertThat(post.pillar()).contains("new bakes");
    assertThat(post.campaign()).contains("spring sale");
    assertThat(post.hashtags()).containsExactly("spring", "bakery");
    assertThat(post.mentions()).containsExactly("chef_ana");
    assertThat(post.media()).containsExactly(MediaKind.VIDEO);
    assertThat(post.duration()).contains(Duration.ofSeconds(45));
    assertThat(post.source()).isEqualTo(PostSource.userGenerated("@fan", GRANTED));
    assertThat(post.contentSource()).isEqualTo(ContentSource.CURATED);
    assertThat(post.priority()).isEqualTo(3);
    assertThat(post.purposeDriven()).isTrue();
  }

  @Test
  void fromPostIsTheInverseOfToPost() {
    Draft withoutWindow = Draft.builder().from(REEL).campaignWindow(java.util.Optional.empty()).build();
    assertThat(Draft.from(REEL.toPost(MARCH_2))).isEqualTo(withoutWindow);
    assertThat(Draft.from(REEL.toPost(MARCH_2)).toPost(MARCH_2)).isEqualTo(REEL.toPost(MARCH_2));
  }

  @Test
  void kindAndChannel() {
    assertThat(REEL.kind()).isEqualTo(ContentKind.of(PostPurpose.PROMOTE, ContentSource.CURATED));
    assertThat(REEL.channel()).isEqualTo(Channel.of(Platform.INSTAGRAM, "@bakery"));
    Draft plain =
        Draft.builder().id("p").platform(Platform.X).format(PostFormat.TEXT).purpose(PostPurpose.INFORM).build();
    assertThat(plain.kind()).isEqualTo(ContentKind.of(PostPurpose.INFORM));
    assertThat(plain.channel()).isEqualTo(Channel.of(Platform.X));
    assertThat(plain.priority()).isZero();
    assertThat(plain.text()).isEmpty();
  }

  @Test
  void campaignWindowIsHalfOpen() {
    assertThat(REEL.allowsTime(SPRING_SALE.getStart())).isTrue();
    assertThat(REEL.allowsTime(SPRING_SALE.getEnd().minusSeconds(1))).isTrue();
    assertThat(REEL.allowsTime(SPRING_SALE.getEnd())).isFalse();
    assertThat(REEL.withCampaignWindow(Interval.of(MARCH_2, Duration.ofHours(1))).allowsTime(SPRING_SALE.getStart()))
        .isFalse();
    Draft open = Draft.builder().from(REEL).campaignWindow(java.util.Optional.empty()).build();
    assertThat(open.allowsTime(Instant.EPOCH)).isTrue();
  }

  @Test
  void withPriority() {
    assertThat(REEL.withPriority(-2).priority()).isEqualTo(-2);
  }

  @Test
  void refusesStructuralImpossibilities() {
    assertThatThrownBy(() -> Draft.builder().from(REEL).id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Draft.builder().from(REEL).addHashtags("#spring").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hashtags[2]");
    assertThatThrownBy(() -> Draft.builder().from(REEL).addMentions("ana b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mentions[1]");
    assertThatThrownBy(() -> Draft.builder().from(REEL).duration(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duration");
    assertThatThrownBy(() -> Draft.builder().from(REEL).campaign("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("campaign");
  }
}
