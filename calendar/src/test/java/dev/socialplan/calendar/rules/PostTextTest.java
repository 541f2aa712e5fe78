package dev.socialplan.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.TextCounting;
import dev.socialplan.platform.TextLimit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PostTextTest {
  private static ScheduledPost post(String text, String... hashtags) {
    return ScheduledPost.builder()
        .id("p")
        .platform(Platform.X)
        .time(Instant.EPOCH)
        .content(PostContent.builder()
            .format(PostFormat.TEXT)
            .purpose(PostPurpose.INFORM)
            .text(text)
            .addHashtags(hashtags)
            .build())
        .build();
  }

  @Test
  void xBoundIsTightForPlainTextAndGivesUpOnTextsNotInNfc() {
    assertThat(PostText.xWeightBound("hello", 1000)).isEqualTo(5);
    assertThat(PostText.xWeightBound("好好", 1000)).isEqualTo(4);
    assertThat(PostText.xWeightBound("see x.co", 1000)).isEqualTo(8 + 23);
    assertThat(PostText.xWeightBound("q\u0301", 1000)).isEqualTo(2);
    assertThat(PostText.xWeightBound("e\u0301", 1000)).isEqualTo(Long.MAX_VALUE);
    assertThat(PostText.xWeightBound("\u212B", 1000)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void publishedTextAppendsTheListedHashtagsItDoesNotCarry() {
    assertThat(PostText.published(post("Tarts are back #Spring", "spring", "bakery")))
        .isEqualTo("Tarts are back #Spring #bakery");
    assertThat(PostText.published(post("", "bakery"))).isEqualTo("#bakery");
    assertThat(PostText.published(post("plain"))).isEqualTo("plain");
  }

  @Test
  void handlesAreWordsAfterASigilThatDoesNotFollowAWord() {
    assertThat(PostText.handles("mail ana@example.com or @Ben_1, #tag#2 a#b #台北", '@'))
        .containsExactly("ben_1");
    assertThat(PostText.handles("mail ana@example.com or @Ben_1, #tag#2 a#b #台北 # x", '#'))
        .containsExactlyInAnyOrder("tag", "台北");
    assertThat(PostText.hashtagCount(post("#A #a", "a", "B"))).isEqualTo(2);
    assertThat(PostText.mentionCount(post("hello"))).isZero();
  }

  private static final List<String> PIECES =
      List.of(
          "a", "Z", " ", ".", "https://example.com/x", "好", "\uD83D\uDE00",
          "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "e\u0301", "é", "#tag", "\uD83C\uDDF9\uD83C\uDDFC", "\u2014", "\u0958", "\uFB2C",
          "\u212B", "x.co", "\uD83D", "\uDE00", "t.co/a", "한");

  private static Gen<String> texts() {
    return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 60).map(l -> String.join("", l));
  }

  @Test
  void theCheapBoundNeverClaimsATextFitsWhenItDoesNot() {
    qt().withExamples(3000).forAll(texts(), Generate.enumValues(TextCounting.class), integers().between(0, 300))
        .checkAssert(
            (text, counting, max) -> {
              TextLimit limit = TextLimit.body(max, counting);
              if (PostText.surelyFits(text, limit)) {
                assertThat(limit.check(text).fits()).as("%s %s %d", text, counting, max).isTrue();
              }
            });
  }
}
