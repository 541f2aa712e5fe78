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
  void xBoundWeighsEachRangeOfTwitterTextsDefaultConfigurationAtItsEdges() {
    // Weight 1: U+0000-U+10FF, U+2000-U+200D, U+2010-U+201F, U+2032-U+2037; 2 elsewhere. A limit
    // of 0 returns the first character's weight before the NFC check (U+2000 is not in NFC).
    for (String light : List.of("\u10FF", "\u2000", "\u200D", "\u2010", "\u201F", "\u2032", "\u2037")) {
      assertThat(PostText.xWeightBound(light, 0)).as("U+%04X", (int) light.charAt(0)).isEqualTo(1);
    }
    for (String heavy : List.of("\u1100", "\u1FFF", "\u200E", "\u200F", "\u2020", "\u2031", "\u2038")) {
      assertThat(PostText.xWeightBound(heavy, 0)).as("U+%04X", (int) heavy.charAt(0)).isEqualTo(2);
    }
    // A surrogate pair is one code point; a lone low surrogate, first or after another character, one too.
    assertThat(PostText.xWeightBound("\uD83D\uDE00", 1000)).isEqualTo(2);
    assertThat(PostText.xWeightBound("\uDE00", 1000)).isEqualTo(2);
    assertThat(PostText.xWeightBound("a\uDE00", 1000)).isEqualTo(3);
  }

  @Test
  void xBoundStopsAsSoonAsItPassesTheLimit() {
    assertThat(PostText.xWeightBound("hello", 3)).isEqualTo(4);
    assertThat(PostText.xWeightBound("hello", 4)).isEqualTo(5);
    assertThat(PostText.xWeightBound("hello", 5)).isEqualTo(5);
  }

  @Test
  void aTextSurelyFitsALimitItMeetsExactly() {
    assertThat(PostText.surelyFits("abc", TextLimit.body(3, TextCounting.CODE_POINTS))).isTrue();
    assertThat(PostText.surelyFits("abc", TextLimit.body(2, TextCounting.CODE_POINTS))).isFalse();
    assertThat(PostText.surelyFits("abc", TextLimit.body(3, TextCounting.UTF16_CODE_UNITS))).isTrue();
    assertThat(PostText.surelyFits("abc", TextLimit.body(3, TextCounting.GRAPHEME_CLUSTERS))).isTrue();
    assertThat(PostText.surelyFits("ab", TextLimit.body(6, TextCounting.UTF8_BYTES))).isTrue();
    assertThat(PostText.surelyFits("ab", TextLimit.body(5, TextCounting.UTF8_BYTES))).isFalse();
    assertThat(PostText.surelyFits("ab", TextLimit.body(6, TextCounting.CODE_POINTS_EMOJI_AS_UTF8_BYTES))).isTrue();
    assertThat(PostText.surelyFits("hello", TextLimit.body(5, TextCounting.X_WEIGHTED))).isTrue();
    assertThat(PostText.surelyFits("hello", TextLimit.body(4, TextCounting.X_WEIGHTED))).isFalse();
  }

  @Test
  void distinctHandlesCountListedOnesOnceWhateverTheirCase() {
    // No sigil in the text: the listed handles alone, compared case-insensitively.
    assertThat(PostText.hashtagCount(post("plain", "Spring", "spring", "Bakery", "SPRING"))).isEqualTo(2);
    assertThat(PostText.hashtagCount(post("plain", "a", "b", "c"))).isEqualTo(3);
    // A text that starts with its sigil.
    assertThat(PostText.hashtagCount(post("#x"))).isEqualTo(1);
    assertThat(PostText.hashtagCount(post("#x", "X", "y"))).isEqualTo(2);
    assertThat(PostText.handles("#first then #second", '#')).containsExactlyInAnyOrder("first", "second");
    assertThat(PostText.handlesAsWritten("@Ana and @Ben", '@')).containsExactly("Ana", "Ben");
  }

  @Test
  void publishedTextAppendsTheListedHashtagsItDoesNotCarry() {
    assertThat(PostText.published(post("Tarts are back #Spring", "spring", "bakery")))
        .isEqualTo("Tarts are back #Spring #bakery");
    assertThat(PostText.published(post("", "bakery"))).isEqualTo("#bakery");
    assertThat(PostText.published(post("plain"))).isEqualTo("plain");
    // A body that starts with a listed hashtag carries it already.
    assertThat(PostText.published(post("#Spring tarts", "spring"))).isEqualTo("#Spring tarts");
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
