package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.twitter.twittertext.TwitterTextParser;
import dev.socialplan.testkit.generators.PlatformGenerators;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextCountingPropertiesTest {

  @Test
  void graphemesNeverExceedCodePointsWhichNeverExceedUtf16Units() {
    qt().forAll(PlatformGenerators.texts().mix(PlatformGenerators.anyUnicodeTexts(), 30))
        .checkAssert(
            text -> {
              long graphemes = TextCounting.GRAPHEME_CLUSTERS.count(text);
              long codePoints = TextCounting.CODE_POINTS.count(text);
              assertThat(graphemes).isLessThanOrEqualTo(codePoints);
              assertThat(codePoints).isLessThanOrEqualTo(TextCounting.UTF16_CODE_UNITS.count(text));
              assertThat(graphemes == 0).isEqualTo(text.isEmpty());
            });
  }

  @Test
  void utf8BytesAreAtLeastCodePointsAndMatchTheEncoder() {
    qt().forAll(PlatformGenerators.texts().mix(PlatformGenerators.anyUnicodeTexts(), 30))
        .checkAssert(
            text -> {
              long bytes = TextCounting.UTF8_BYTES.count(text);
              assertThat(bytes).isGreaterThanOrEqualTo(TextCounting.CODE_POINTS.count(text));
              assertThat(bytes).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
            });
  }

  @Test
  void threadsCountLiesBetweenCodePointsAndUtf8Bytes() {
    qt().forAll(PlatformGenerators.texts())
        .checkAssert(
            text -> {
              long threads = TextCounting.CODE_POINTS_EMOJI_AS_UTF8_BYTES.count(text);
              assertThat(threads).isBetween(
                  TextCounting.CODE_POINTS.count(text), TextCounting.UTF8_BYTES.count(text));
            });
  }

  @Test
  void additiveCountsAddUpOverConcatenation() {
    qt().forAll(PlatformGenerators.texts(10), PlatformGenerators.texts(10))
        .checkAssert(
            (a, b) -> {
              for (TextCounting c :
                  new TextCounting[] {
                    TextCounting.UTF16_CODE_UNITS, TextCounting.CODE_POINTS, TextCounting.UTF8_BYTES
                  }) {
                assertThat(c.count(a + b)).as(c.name()).isEqualTo(c.count(a) + c.count(b));
              }
            });
  }

  @Test
  void graphemeClustersDoNotDependOnNormalisationOfLatinAndHangul() {
    qt().forAll(PlatformGenerators.texts())
        .checkAssert(
            text -> {
              String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
              String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
              assertThat(TextCounting.GRAPHEME_CLUSTERS.count(nfd))
                  .isEqualTo(TextCounting.GRAPHEME_CLUSTERS.count(nfc));
              assertThat(TextCounting.X_WEIGHTED.count(nfd))
                  .isEqualTo(TextCounting.X_WEIGHTED.count(nfc));
            });
  }

  @Test
  void xCountIsTwitterTextsWeightedLengthAndAgreesWithItsVerdict() {
    qt().forAll(PlatformGenerators.texts(120).map(t -> "x" + t))
        .checkAssert(
            text -> {
              var parsed = TwitterTextParser.parseTweet(text);
              assertThat(TextCounting.X_WEIGHTED.count(text)).isEqualTo(parsed.weightedLength);
              assertThat(TextCounting.X_WEIGHTED.fit(text, 280).fits()).isEqualTo(parsed.isValid);
            });
  }

  @Test
  void fitIsConsistentWithCount() {
    qt().forAll(
            PlatformGenerators.texts(),
            PlatformGenerators.textCountings(),
            longs().between(0, 2_000))
        .checkAssert(
            (text, counting, max) -> {
              TextFit fit = counting.fit(text, max);
              long length = counting.count(text);
              assertThat(fit.length()).isEqualTo(length);
              assertThat(fit.fits()).isEqualTo(length <= max);
              assertThat(fit.overBy() - fit.remaining()).isEqualTo(length - max);
              assertThat(Math.min(fit.overBy(), fit.remaining())).isZero();
            });
  }
}
