package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostContentTest {
  private static final PostContent LAUNCH =
      PostContent.builder()
          .format(PostFormat.CAROUSEL)
          .purpose(PostPurpose.PROMOTE)
          .pillar("product")
          .campaign("spring-launch")
          .text("Meet the new serum")
          .addMedia(MediaKind.IMAGE, MediaKind.VIDEO)
          .addHashtag("skincare")
          .addMention("glowlab")
          .build();
  private static final PostContent LIVE =
      PostContent.builder()
          .format(PostFormat.LIVE)
          .purpose(PostPurpose.ENTERTAIN)
          .duration(Duration.ofMinutes(45))
          .source(PostSource.userGenerated("@ana", Instant.parse("2026-01-01T00:00:00Z")))
          .purposeDriven(true)
          .announces("launch-1")
          .build();

  @Test
  void keepsItsParts() {
    assertThat(LAUNCH.format()).isEqualTo(PostFormat.CAROUSEL);
    assertThat(LAUNCH.purpose()).isEqualTo(PostPurpose.PROMOTE);
    assertThat(LAUNCH.pillar()).contains("product");
    assertThat(LAUNCH.campaign()).contains("spring-launch");
    assertThat(LAUNCH.text()).isEqualTo("Meet the new serum");
    assertThat(LAUNCH.hashtags()).containsExactly("skincare");
    assertThat(LAUNCH.mentions()).containsExactly("glowlab");
    assertThat(LAUNCH.mediaKinds()).containsExactly(MediaKind.IMAGE, MediaKind.VIDEO);
    assertThat(LAUNCH.mediaCount()).isEqualTo(2);
    assertThat(LIVE.duration()).contains(Duration.ofMinutes(45));
    assertThat(LIVE.source().hasPermission()).isTrue();
    assertThat(LIVE.purposeDriven()).isTrue();
    assertThat(LIVE.announces()).contains("launch-1");
  }

  @Test
  void textLinksAreFoundWhereverTheTextStarts() {
    // A text may start with a stray "://" (a pasted fragment); the links after it still count.
    PostContent pasted = PostContent.of(PostFormat.TEXT, PostPurpose.INFORM, "://menu then https://brand.example/menu.");
    assertThat(pasted.textLinks()).containsExactly(Link.parse("https://brand.example/menu"));
    PostContent first = PostContent.of(PostFormat.TEXT, PostPurpose.INFORM, "https://brand.example/a and https://brand.example/b");
    assertThat(first.textLinks())
        .containsExactly(Link.parse("https://brand.example/a"), Link.parse("https://brand.example/b"));
    assertThat(PostContent.of(PostFormat.TEXT, PostPurpose.INFORM, "no links here").textLinks()).isEmpty();
  }

  @Test
  void defaults() {
    PostContent plain = PostContent.of(PostFormat.TEXT, PostPurpose.INFORM, "");
    assertThat(plain.text()).isEmpty();
    assertThat(plain.hashtags()).isEmpty();
    assertThat(plain.mentions()).isEmpty();
    assertThat(plain.media()).isEmpty();
    assertThat(plain.source()).isEqualTo(PostSource.original());
    assertThat(plain.purposeDriven()).isFalse();
    assertThat(plain.announces()).isEmpty();
    assertThat(plain.duration()).isEmpty();
    assertThat(plain.pillar()).isEmpty();
    assertThat(plain.campaign()).isEmpty();
  }

  @Test
  void contentKindForTheMix() {
    assertThat(LAUNCH.contentSource()).isEqualTo(ContentSource.ORIGINAL);
    assertThat(LAUNCH.kind()).isEqualTo(ContentKind.of(PostPurpose.PROMOTE, ContentSource.ORIGINAL));
    assertThat(LIVE.contentSource()).isEqualTo(ContentSource.CURATED);
    PostContent personal = PostContent.builder().from(LIVE).contentSource(ContentSource.PERSONAL).build();
    assertThat(personal.kind()).isEqualTo(ContentKind.of(PostPurpose.ENTERTAIN, ContentSource.PERSONAL));
  }

  @Test
  void copiesWithChanges() {
    assertThat(LAUNCH.withText("New").text()).isEqualTo("New");
    assertThat(LAUNCH.withText("New").campaign()).contains("spring-launch");
    assertThat(LAUNCH.withHashtags(List.of("a", "b")).hashtags()).containsExactly("a", "b");
    assertThat(LAUNCH.withMedia(List.of()).mediaCount()).isZero();
    assertThat(LAUNCH.withFormat(PostFormat.IMAGE).format()).isEqualTo(PostFormat.IMAGE);
    assertThat(LAUNCH.withPurpose(PostPurpose.INFORM).purpose()).isEqualTo(PostPurpose.INFORM);
    assertThat(LAUNCH.withCampaign("autumn").campaign()).contains("autumn");
    assertThat(LAUNCH.withPillar("people").pillar()).contains("people");
    assertThat(LAUNCH.withText("New").withText("Meet the new serum")).isEqualTo(LAUNCH);
  }

  @Test
  void equalByValue() {
    assertThat(PostContent.builder().from(LAUNCH).build()).isEqualTo(LAUNCH).hasSameHashCodeAs(LAUNCH);
    assertThat(LIVE).isNotEqualTo(LAUNCH);
    assertThat(LAUNCH.withText("other")).isNotEqualTo(LAUNCH);
    assertThat(LAUNCH.withHashtags(List.of())).isNotEqualTo(LAUNCH);
    assertThat(LAUNCH.toString()).contains("spring-launch", "Meet the new serum");
  }

  @Test
  void refusesStructuralImpossibilities() {
    assertThatThrownBy(() -> PostContent.builder().from(LAUNCH).addHashtag("#serum").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hashtags[1] must not start with '#' or contain white space: \"#serum\"");
    assertThatThrownBy(() -> PostContent.builder().from(LAUNCH).addMention("glow lab").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentions[1] must not start with '@' or contain white space: \"glow lab\"");
    assertThatThrownBy(() -> PostContent.builder().from(LIVE).duration(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must be positive: PT0S");
    assertThatThrownBy(() -> PostContent.builder().from(LIVE).duration(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must be positive: PT-1S");
    assertThatThrownBy(() -> LAUNCH.withCampaign(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("campaign must not be blank: \"\"");
    assertThatThrownBy(() -> LAUNCH.withPillar("\u2003"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pillar must not be blank");
    assertThatThrownBy(() -> PostContent.builder().from(LIVE).announces(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("announces must not be blank");
  }

  @Test
  void refusesMissingRequiredParts() {
    assertThatThrownBy(() -> PostContent.builder().text("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("format")
        .hasMessageContaining("purpose");
  }

  @Test
  void aThreadIsTheTextThenItsParts() {
    PostContent single = PostContent.of(PostFormat.TEXT, PostPurpose.EDUCATE, "1/ Morning routine");
    assertThat(single.isThread()).isFalse();
    assertThat(single.parts()).containsExactly("1/ Morning routine");
    PostContent thread = single.withThreadParts(List.of("2/ Cleanse", "3/ Serum"));
    assertThat(thread.isThread()).isTrue();
    assertThat(thread.parts()).containsExactly("1/ Morning routine", "2/ Cleanse", "3/ Serum");
    assertThat(thread.threadParts()).containsExactly("2/ Cleanse", "3/ Serum");
    assertThatThrownBy(() -> single.withThreadParts(List.of("2/ Cleanse", " \u200B")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("threadParts[1] must not be blank");
  }

  @Test
  void hashtagsMoveToTheFirstComment() {
    PostContent tagged =
        PostContent.builder()
            .format(PostFormat.IMAGE)
            .purpose(PostPurpose.EDUCATE)
            .text("Serum first, then #SPF")
            .addHashtags("skincare", "MomLife")
            .build();
    PostContent moved = tagged.withHashtagsInFirstComment();
    assertThat(moved.hashtags()).isEmpty();
    assertThat(moved.firstComment()).contains("#skincare #MomLife");
    assertThat(moved.text()).isEqualTo("Serum first, then #SPF");
    PostContent withLink = tagged.withFirstComment("Shop: https://brand.com/serum");
    assertThat(withLink.withHashtagsInFirstComment().firstComment())
        .contains("Shop: https://brand.com/serum\n\n#skincare #MomLife");
    assertThat(moved.withHashtagsInFirstComment()).isSameAs(moved);
    assertThatThrownBy(() -> tagged.withFirstComment("\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("firstComment must not be blank");
  }
}
