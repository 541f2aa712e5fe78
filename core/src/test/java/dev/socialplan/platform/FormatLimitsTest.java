package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FormatLimitsTest {
  /** Bluesky text: 300 grapheme clusters and 3,000 UTF-8 bytes, 4 images. */
  private static final FormatLimits BLUESKY =
      FormatLimits.builder()
          .addTextLimits(
              TextLimit.body(300, TextCounting.GRAPHEME_CLUSTERS),
              TextLimit.body(3_000, TextCounting.UTF8_BYTES))
          .minMediaItems(1)
          .maxMediaItems(4)
          .maxMediaBytes(1_000_000L)
          .build();

  /** TikTok video: 3 s to 10 min, 9:16. */
  private static final FormatLimits TIKTOK =
      FormatLimits.builder()
          .addTextLimit(TextLimit.body(2_200, TextCounting.UTF16_CODE_UNITS))
          .minVideoDuration(Duration.ofSeconds(3))
          .maxVideoDuration(Duration.ofMinutes(10))
          .addAspectRatio(AspectRatio.VERTICAL_9_16)
          .maxHashtags(5)
          .build();

  @Test
  void everyTextLimitOfAPartMustHold() {
    // 300 grapheme clusters of 4-byte emoji: 1,200 bytes, fits both.
    assertThat(BLUESKY.textFits(TextField.BODY, "😀".repeat(300))).isTrue();
    // 300 family sequences: 300 grapheme clusters but 7,500 bytes.
    var fits = BLUESKY.checkText(TextField.BODY, "👩‍👩‍👧‍👦".repeat(300));
    assertThat(fits).hasSize(2);
    assertThat(fits.get(0).fits()).isTrue();
    assertThat(fits.get(1).overBy()).isEqualTo(7_500 - 3_000);
    assertThat(BLUESKY.textFits(TextField.BODY, "👩‍👩‍👧‍👦".repeat(300))).isFalse();
    assertThat(BLUESKY.textFits(TextField.TITLE, "anything")).isTrue();
    assertThat(BLUESKY.bodyLimit()).contains(TextLimit.body(300, TextCounting.GRAPHEME_CLUSTERS));
    FormatLimits titled =
        FormatLimits.builder()
            .addTextLimits(
                TextLimit.title(100, TextCounting.UTF16_CODE_UNITS),
                TextLimit.body(5_000, TextCounting.UTF16_CODE_UNITS))
            .build();
    assertThat(titled.bodyLimit()).contains(TextLimit.body(5_000, TextCounting.UTF16_CODE_UNITS));
  }

  @Test
  void mediaCountWithinMinimumAndMaximum() {
    assertThat(BLUESKY.acceptsMediaItems(0)).isFalse();
    assertThat(BLUESKY.acceptsMediaItems(1)).isTrue();
    assertThat(BLUESKY.acceptsMediaItems(4)).isTrue();
    assertThat(BLUESKY.acceptsMediaItems(5)).isFalse();
    assertThat(TIKTOK.acceptsMediaItems(12)).isTrue();
    assertThat(BLUESKY.maxMediaBytes()).hasValue(1_000_000L);
  }

  @Test
  void videoDurationWithinMinimumAndMaximum() {
    assertThat(TIKTOK.acceptsVideoDuration(Duration.ofSeconds(2))).isFalse();
    assertThat(TIKTOK.acceptsVideoDuration(Duration.ofSeconds(3))).isTrue();
    assertThat(TIKTOK.acceptsVideoDuration(Duration.ofMinutes(10))).isTrue();
    assertThat(TIKTOK.acceptsVideoDuration(Duration.ofMinutes(10).plusSeconds(1))).isFalse();
    assertThat(BLUESKY.acceptsVideoDuration(Duration.ofHours(5))).isTrue();
    assertThatThrownBy(() -> TIKTOK.acceptsVideoDuration(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must not be negative: PT-1S");
  }

  @Test
  void hashtagsWithinTheCap() {
    assertThat(TIKTOK.acceptsHashtags(5)).isTrue();
    assertThat(TIKTOK.acceptsHashtags(6)).isFalse();
    assertThat(BLUESKY.acceptsHashtags(500)).isTrue();
  }

  @Test
  void aspectRatiosFromTheListOrTheRange() {
    assertThat(TIKTOK.acceptsAspectRatio(AspectRatio.parse("1080x1920"))).isTrue();
    assertThat(TIKTOK.acceptsAspectRatio(AspectRatio.SQUARE)).isFalse();
    assertThat(BLUESKY.acceptsAspectRatio(AspectRatio.of(7, 1))).isTrue();
    FormatLimits ranged =
        FormatLimits.builder()
            .addAspectRatio(AspectRatio.LANDSCAPE_16_9)
            .acceptedAspectRatios(AspectRatioRange.of(AspectRatio.of(1, 2), AspectRatio.of(2, 1)))
            .build();
    assertThat(ranged.acceptsAspectRatio(AspectRatio.SQUARE)).isTrue();
    assertThat(ranged.acceptsAspectRatio(AspectRatio.of(3, 1))).isFalse();
  }

  @Test
  void unknownLimitsAcceptEverything() {
    FormatLimits unknown = FormatLimits.unknown();
    assertThat(unknown.textLimits()).isEmpty();
    assertThat(unknown.bodyLimit()).isEmpty();
    assertThat(unknown.acceptsMediaItems(0)).isTrue();
    assertThat(unknown.acceptsHashtags(100)).isTrue();
    assertThat(unknown.mixedMediaAllowed()).isEmpty();
    assertThat(unknown).isEqualTo(FormatLimits.builder().build());
  }

  @Test
  void equalByValueWithReadableForm() {
    FormatLimits copy = FormatLimits.builder().from(TIKTOK).build();
    assertThat(copy).isEqualTo(TIKTOK).hasSameHashCodeAs(TIKTOK);
    assertThat(TIKTOK.toString()).contains("maxHashtags=5").contains("PT10M");
  }

  @Test
  void anExactCountOrDurationIsALimitToo() {
    FormatLimits oneItem = FormatLimits.builder().minMediaItems(1).maxMediaItems(1).build();
    assertThat(oneItem.acceptsMediaItems(1)).isTrue();
    assertThat(oneItem.acceptsMediaItems(2)).isFalse();
    FormatLimits fifteenSeconds =
        FormatLimits.builder()
            .minVideoDuration(Duration.ofSeconds(15))
            .maxVideoDuration(Duration.ofSeconds(15))
            .build();
    assertThat(fifteenSeconds.acceptsVideoDuration(Duration.ofSeconds(15))).isTrue();
    assertThat(fifteenSeconds.acceptsVideoDuration(Duration.ofSeconds(14))).isFalse();
  }

  @Test
  void refusesImpossibleLimits() {
    assertThatThrownBy(() -> FormatLimits.builder().maxHashtags(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxHashtags must not be negative: -1");
    assertThatThrownBy(() -> FormatLimits.builder().maxMentions(-2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxMentions must not be negative: -2");
    assertThatThrownBy(() -> FormatLimits.builder().minMediaItems(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minMediaItems must not be negative: -1");
    assertThatThrownBy(() -> FormatLimits.builder().minMediaItems(2).maxMediaItems(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxMediaItems must not be less than minMediaItems (2): 1");
    assertThatThrownBy(() -> FormatLimits.builder().maxMediaBytes(0L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxMediaBytes must be positive: 0");
    assertThatThrownBy(() -> FormatLimits.builder().maxDocumentPages(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentPages must be positive: 0");
    assertThatThrownBy(
            () -> FormatLimits.builder().minVideoDuration(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minVideoDuration must not be negative: PT-1S");
    assertThatThrownBy(
            () -> FormatLimits.builder().maxVideoDuration(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxVideoDuration must not be negative: PT-1S");
    assertThatThrownBy(
            () ->
                FormatLimits.builder()
                    .minVideoDuration(Duration.ofSeconds(5))
                    .maxVideoDuration(Duration.ofSeconds(4))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxVideoDuration must not be shorter than minVideoDuration (PT5S): PT4S");
    assertThatThrownBy(() -> FormatLimits.builder().addNote(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("notes[0] must not be blank: \" \"");
    assertThatThrownBy(() -> BLUESKY.acceptsMediaItems(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("items must not be negative: -1");
    assertThatThrownBy(() -> BLUESKY.acceptsHashtags(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hashtags must not be negative: -1");
  }

  @Test
  void firstCommentsThreadsAndAltTextAreOptionalFacts() {
    FormatLimits none = FormatLimits.unknown();
    assertThat(none.firstCommentAllowed()).isEmpty();
    assertThat(none.threadsAllowed()).isFalse();
    assertThat(none.maxThreadParts()).isEmpty();
    FormatLimits x =
        FormatLimits.builder()
            .addTextLimit(TextLimit.body(280, TextCounting.X_WEIGHTED))
            .addTextLimit(TextLimit.altText(1_000, TextCounting.UTF16_CODE_UNITS))
            .addTextLimit(TextLimit.firstComment(2_200, TextCounting.UTF16_CODE_UNITS))
            .threadsAllowed(true)
            .maxThreadParts(25)
            .firstCommentAllowed(true)
            .build();
    assertThat(x.textLimits(TextField.ALT_TEXT))
        .containsExactly(new TextLimit(TextField.ALT_TEXT, 1_000, TextCounting.UTF16_CODE_UNITS));
    assertThat(x.textLimits(TextField.FIRST_COMMENT)).hasSize(1);
    assertThat(x.bodyLimit()).contains(TextLimit.body(280, TextCounting.X_WEIGHTED));
    assertThat(x.textFits(TextField.ALT_TEXT, "a".repeat(1_000))).isTrue();
    assertThat(x.textFits(TextField.ALT_TEXT, "a".repeat(1_001))).isFalse();
    assertThat(x.threadsAllowed()).isTrue();
    assertThat(x.maxThreadParts()).hasValue(25);
    assertThatThrownBy(() -> FormatLimits.builder().maxThreadParts(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxThreadParts must be positive: 0");
  }
}
