package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.twitter.twittertext.TwitterTextParser;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextCountingTest {
  /** Family: man, woman, girl, boy joined by three ZWJs: 7 code points, 11 UTF-16 units. */
  private static final String FAMILY = "👩‍👩‍👧‍👦";
  /** The flag of Taiwan: two regional indicators. */
  private static final String FLAG_TW = "🇹🇼";
  /** Thumbs up with a medium skin tone: 2 code points. */
  private static final String THUMBS_UP_MEDIUM = "👍🏽";
  /** "é" as e + COMBINING ACUTE ACCENT (NFD). */
  private static final String E_ACUTE_NFD = "e\u0301";
  /** "é" precomposed (NFC). */
  private static final String E_ACUTE_NFC = "\u00e9";
  /** A sentence of the strategy guide (Traditional Chinese with Latin and digits). */
  private static final String ARTICLE = "僅 Facebook 就有大約 27 億活躍用戶。";
  /** CJK, a URL of 33 characters and an emoji ZWJ sequence. */
  private static final String MIXED = "社群 https://socialplan.dev/plan?id=42 " + FAMILY;

  /** Pieces of text the X oracle strings are made of. */
  private static final String[] PIECES = {
    "a", "Z", " ", "7", "#", "社", "群", "。", "é", E_ACUTE_NFD, "ß", "—", FAMILY, FLAG_TW,
    THUMBS_UP_MEDIUM, "😀", "한", "\n", "www.example.org", "ф", "ا"
  };

  @Test
  void emojiSequencesCountOnceAsGraphemeClusters() {
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count(FAMILY)).isEqualTo(1);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count(FLAG_TW)).isEqualTo(1);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count(FLAG_TW + FLAG_TW + "🇯")).isEqualTo(3);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count(THUMBS_UP_MEDIUM)).isEqualTo(1);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count("🏳️‍🌈")).isEqualTo(1);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count("1️⃣")).isEqualTo(1);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count(E_ACUTE_NFD)).isEqualTo(1);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count("e\u0301\u0308")).isEqualTo(1);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count("\r\n")).isEqualTo(1);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count("")).isZero();
  }

  @Test
  void codeUnitsAndCodePointsCountEveryPart() {
    assertThat(TextCounting.UTF16_CODE_UNITS.count(FAMILY)).isEqualTo(11);
    assertThat(TextCounting.CODE_POINTS.count(FAMILY)).isEqualTo(7);
    assertThat(TextCounting.UTF8_BYTES.count(FAMILY)).isEqualTo(4 * 4 + 3 * 3);
    assertThat(TextCounting.UTF16_CODE_UNITS.count(THUMBS_UP_MEDIUM)).isEqualTo(4);
    assertThat(TextCounting.CODE_POINTS.count(THUMBS_UP_MEDIUM)).isEqualTo(2);
    assertThat(TextCounting.CODE_POINTS.count(E_ACUTE_NFD)).isEqualTo(2);
    assertThat(TextCounting.CODE_POINTS.count(E_ACUTE_NFC)).isEqualTo(1);
    assertThat(TextCounting.UTF8_BYTES.count(E_ACUTE_NFC)).isEqualTo(2);
    assertThat(TextCounting.UTF8_BYTES.count(E_ACUTE_NFD)).isEqualTo(3);
  }

  @Test
  void traditionalChineseFromTheArticle() {
    // 11 CJK characters (including the ideographic full stop) and 14 ASCII characters.
    assertThat(TextCounting.UTF16_CODE_UNITS.count(ARTICLE)).isEqualTo(25);
    assertThat(TextCounting.CODE_POINTS.count(ARTICLE)).isEqualTo(25);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count(ARTICLE)).isEqualTo(25);
    assertThat(TextCounting.UTF8_BYTES.count(ARTICLE)).isEqualTo(11 * 3 + 14);
    assertThat(TextCounting.X_WEIGHTED.count(ARTICLE)).isEqualTo(11 * 2 + 14);
    assertThat(TextCounting.CODE_POINTS_EMOJI_AS_UTF8_BYTES.count(ARTICLE)).isEqualTo(25);
  }

  @Test
  void xWeighsCjkAndEmojiTwoAndEveryUrlTwentyThree() {
    assertThat(TextCounting.X_WEIGHTED.count("hello")).isEqualTo(5);
    assertThat(TextCounting.X_WEIGHTED.count("社群媒體行銷")).isEqualTo(12);
    assertThat(TextCounting.X_WEIGHTED.count(FAMILY)).isEqualTo(2);
    assertThat(TextCounting.X_WEIGHTED.count(FLAG_TW)).isEqualTo(2);
    assertThat(TextCounting.X_WEIGHTED.count("https://example.com/a")).isEqualTo(23);
    assertThat(TextCounting.X_WEIGHTED.count("https://example.com/" + "a".repeat(200))).isEqualTo(23);
    // 2 CJK × 2 + space + URL 23 + space + emoji 2
    assertThat(TextCounting.X_WEIGHTED.count(MIXED)).isEqualTo(4 + 1 + 23 + 1 + 2);
    assertThat(TextCounting.X_WEIGHTED.count("")).isZero();
  }

  @Test
  void xNormalisesToNfcAndOtherCountsDoNot() {
    assertThat(TextCounting.X_WEIGHTED.count(E_ACUTE_NFD)).isEqualTo(1);
    assertThat(TextCounting.X_WEIGHTED.count(E_ACUTE_NFC)).isEqualTo(1);
    assertThat(TextCounting.UTF16_CODE_UNITS.count(E_ACUTE_NFD)).isEqualTo(2);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count(E_ACUTE_NFD))
        .isEqualTo(TextCounting.GRAPHEME_CLUSTERS.count(E_ACUTE_NFC));
    String hangulNfd = Normalizer.normalize("한국어", Normalizer.Form.NFD);
    assertThat(TextCounting.CODE_POINTS.count(hangulNfd)).isEqualTo(8);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count(hangulNfd)).isEqualTo(3);
  }

  @Test
  void mixedTextByEveryCount() {
    assertThat(TextCounting.UTF16_CODE_UNITS.count(MIXED)).isEqualTo(2 + 1 + 33 + 1 + 11);
    assertThat(TextCounting.CODE_POINTS.count(MIXED)).isEqualTo(2 + 1 + 33 + 1 + 7);
    assertThat(TextCounting.GRAPHEME_CLUSTERS.count(MIXED)).isEqualTo(2 + 1 + 33 + 1 + 1);
    assertThat(TextCounting.UTF8_BYTES.count(MIXED)).isEqualTo(6 + 1 + 33 + 1 + 25);
  }

  @Test
  void threadsCountsEmojiByTheirUtf8Bytes() {
    TextCounting threads = TextCounting.CODE_POINTS_EMOJI_AS_UTF8_BYTES;
    assertThat(threads.count("hi 😀")).isEqualTo(3 + 4);
    assertThat(threads.count(THUMBS_UP_MEDIUM)).isEqualTo(8);
    assertThat(threads.count(FAMILY)).isEqualTo(25);
    assertThat(threads.count(FLAG_TW)).isEqualTo(8);
    assertThat(threads.count("1️⃣")).isEqualTo(1 + 3 + 3);
    assertThat(threads.count(E_ACUTE_NFD)).isEqualTo(2);
    assertThat(threads.count("社群")).isEqualTo(2);
  }

  @Test
  void utf8BytesAtTheEdgesOfEachEncodingLength() {
    // The last code point of 1, 2 and 3 bytes and the first of 2, 3 and 4 bytes.
    String[] edges = {"\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF", "\uD800\uDC00"};
    int[] bytes = {1, 2, 2, 3, 3, 4};
    for (int k = 0; k < edges.length; k++) {
      assertThat(TextCounting.UTF8_BYTES.count(edges[k])).as(edges[k]).isEqualTo(bytes[k]);
      assertThat(edges[k].getBytes(StandardCharsets.UTF_8)).hasSize(bytes[k]);
    }
  }

  @Test
  void utf8BytesMatchTheJdkEncoder() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            s ->
                assertThat(TextCounting.UTF8_BYTES.count(s))
                    .isEqualTo(s.getBytes(StandardCharsets.UTF_8).length));
  }

  /**
   * Oracle: twitter-text's own validity verdict agrees with "the weighted count fits 280" for any
   * non-blank text of valid characters, around the limit.
   */
  @Test
  void xCountAgreesWithTwitterTextValidity() {
    qt().forAll(
            lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(1, 300),
            integers().between(0, 3))
        .checkAssert(
            (pieces, urls) -> {
              StringBuilder sb = new StringBuilder("x");
              pieces.forEach(i -> sb.append(PIECES[i]));
              String text = sb + " https://example.com/p".repeat(urls);
              assertThat(TextCounting.X_WEIGHTED.fit(text, 280).fits())
                  .isEqualTo(TwitterTextParser.parseTweet(text).isValid);
            });
  }

  @Test
  void fitSaysByHowMuchTheTextIsOver() {
    TextFit fit = TextCounting.GRAPHEME_CLUSTERS.fit("a".repeat(301), 300);
    assertThat(fit.fits()).isFalse();
    assertThat(fit.overBy()).isEqualTo(1);
    assertThat(fit.counting()).isEqualTo(TextCounting.GRAPHEME_CLUSTERS);
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> TextCounting.CODE_POINTS.count(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text must not be null");
  }

}
