package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.Link;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostSource;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.UtmTemplate;
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
          .content(PostContent.builder()
              .format(PostFormat.SHORT_VIDEO)
              .purpose(PostPurpose.PROMOTE)
              .pillar("new bakes")
              .campaign("spring sale")
              .text("Strawberry tarts are back")
              .addHashtags("spring", "bakery")
              .addMentions("chef_ana")
              .addMedia(MediaKind.VIDEO)
              .duration(Duration.ofSeconds(45))
              .source(PostSource.userGenerated("@fan", GRANTED))
              .purposeDriven(true)
              .build())
          .campaignWindow(SPRING_SALE)
          .priority(3)
          .build();

  @Test
  void toPostKeepsEverythingAndAddsTheTimeAsADraft() {
    ScheduledPost post = REEL.toPost(MARCH_2);
    assertThat(post.id()).isEqualTo("reel-1");
    assertThat(post.time()).isEqualTo(MARCH_2);
    assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
    assertThat(post.account()).contains("@bakery");
    assertThat(post.content().format()).isEqualTo(PostFormat.SHORT_VIDEO);
    assertThat(post.content().purpose()).isEqualTo(PostPurpose.PROMOTE);
    assertThat(post.content().pillar()).contains("new bakes");
    assertThat(post.content().campaign()).contains("spring sale");
    assertThat(post.content().hashtags()).containsExactly("spring", "bakery");
    assertThat(post.content().mentions()).containsExactly("chef_ana");
    assertThat(post.content().mediaKinds()).containsExactly(MediaKind.VIDEO);
    assertThat(post.content().duration()).contains(Duration.ofSeconds(45));
    assertThat(post.content().source()).isEqualTo(PostSource.userGenerated("@fan", GRANTED));
    assertThat(post.content().contentSource()).isEqualTo(ContentSource.CURATED);
    assertThat(post.priority()).isEqualTo(3);
    assertThat(post.content().purposeDriven()).isTrue();
  }

  @Test
  void fromPostIsTheInverseOfToPost() {
    Draft withoutWindow = Draft.builder().from(REEL).campaignWindow(java.util.Optional.empty()).build();
    assertThat(Draft.from(REEL.toPost(MARCH_2))).isEqualTo(withoutWindow);
    assertThat(Draft.from(REEL.toPost(MARCH_2)).toPost(MARCH_2)).isEqualTo(REEL.toPost(MARCH_2));
  }

  @Test
  void kindAndChannel() {
    assertThat(REEL.content().kind()).isEqualTo(ContentKind.of(PostPurpose.PROMOTE, ContentSource.CURATED));
    assertThat(REEL.channel()).isEqualTo(Channel.of(Platform.INSTAGRAM, "@bakery"));
    Draft plain =
        Draft.builder().id("p").platform(Platform.X).content(PostContent.builder().format(PostFormat.TEXT).purpose(PostPurpose.INFORM).build()).build();
    assertThat(plain.content().kind()).isEqualTo(ContentKind.of(PostPurpose.INFORM));
    assertThat(plain.channel()).isEqualTo(Channel.of(Platform.X));
    assertThat(plain.priority()).isZero();
    assertThat(plain.content().text()).isEmpty();
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
  void withTaggedLinksTagsTheCampaignsLinksAndTheirPostKeepsThem() {
    Draft sale =
        Draft.of(
            "fb-1",
            Platform.FACEBOOK,
            PostContent.builder()
                .format(PostFormat.IMAGE)
                .purpose(PostPurpose.PROMOTE)
                .campaign("spring sale")
                .linkAttachment(Link.parse("https://brand.example/book"))
                .build());
    Draft tagged = sale.withTaggedLinks(UtmTemplate.standard());
    assertThat(tagged.id()).isEqualTo("fb-1");
    assertThat(tagged.content().linkAttachment()).hasValueSatisfying(link -> {
      assertThat(UtmTemplate.isTagged(link)).isTrue();
      assertThat(link.queryParameter("utm_content")).contains("fb-1");
    });
    assertThat(tagged.toPost(MARCH_2).content().linkAttachment()).isEqualTo(tagged.content().linkAttachment());
    // Nothing to tag (no campaign): the same draft.
    Draft plain = Draft.of("x-1", Platform.X, PostContent.builder().format(PostFormat.TEXT).purpose(PostPurpose.INFORM).build());
    assertThat(plain.withTaggedLinks(UtmTemplate.standard())).isSameAs(plain);
  }

  @Test
  void refusesStructuralImpossibilities() {
    assertThatThrownBy(() -> Draft.builder().from(REEL).id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Draft.builder().from(REEL).content(PostContent.builder().from(REEL.content()).addHashtags("#spring").build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hashtags[2]");
    assertThatThrownBy(() -> Draft.builder().from(REEL).content(PostContent.builder().from(REEL.content()).addMentions("ana b").build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mentions[1]");
    assertThatThrownBy(() -> Draft.builder().from(REEL).content(PostContent.builder().from(REEL.content()).duration(Duration.ZERO).build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duration");
    assertThatThrownBy(() -> Draft.builder().from(REEL).content(PostContent.builder().from(REEL.content()).campaign("").build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("campaign");
  }
}
