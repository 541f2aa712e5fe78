package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.socialplan.metric.Ratio;
import dev.socialplan.testkit.generators.PlatformGenerators;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformProfilePropertiesTest {

  @Test
  void supportsAndLimitsAgree() {
    qt().forAll(PlatformGenerators.profiles(), PlatformGenerators.formats())
        .checkAssert(
            (profile, format) -> {
              assertThat(profile.limits(format).isPresent()).isEqualTo(profile.supports(format));
              assertThat(profile.supportedFormats().contains(format))
                  .isEqualTo(profile.supports(format));
            });
  }

  @Test
  void withFormatAndWithoutFormatRoundTrip() {
    qt().forAll(
            PlatformGenerators.profiles(),
            PlatformGenerators.formats(),
            PlatformGenerators.formatLimits())
        .checkAssert(
            (profile, format, limits) -> {
              PlatformProfile with = profile.withFormat(format, limits);
              assertThat(with.limits(format)).contains(limits);
              assertThat(with.withoutFormat(format).supports(format)).isFalse();
              assertThat(with.withoutFormat(format))
                  .isEqualTo(profile.withoutFormat(format));
            });
  }

  @Test
  void estimatedReachIsAShare() {
    qt().forAll(
            PlatformGenerators.audienceReaches(),
            integers().between(0, 100),
            integers().between(0, 40),
            doubles().between(0, 1))
        .checkAssert(
            (reach, from, span, women) ->
                reach
                    .estimate(from, from + span, women)
                    .ifPresentOrElse(
                        r -> assertThat(r.valueOr(-1)).isBetween(0.0, 1.0),
                        () -> assertThat(from + span).isLessThan(18)));
  }

  @Test
  void withoutGenderCellsTheEstimateLiesAmongTheAgeCells() {
    qt().forAll(
            PlatformGenerators.audienceReaches()
                .map(r -> AudienceReach.builder().from(r).men(Optional.empty()).build()),
            integers().between(18, 90),
            integers().between(0, 30))
        .checkAssert(
            (reach, from, span) -> {
              double estimate = reach.estimate(from, from + span, 0.5).orElseThrow().valueOr(-1);
              double low = reach.all().valueOr(0);
              double high = low;
              for (AgeBand band : AgeBand.values()) {
                if (band.overlapYears(from, from + span) > 0) {
                  double cell =
                      reach.ageBand(band).map(r -> r.valueOr(0)).orElse(reach.all().valueOr(0));
                  low = Math.min(low, cell);
                  high = Math.max(high, cell);
                }
              }
              assertThat(estimate).isBetween(low - 1e-12, high + 1e-12);
            });
  }

  @Test
  void frequenciesConvertBetweenDaysAndWeeks() {
    qt().forAll(PlatformGenerators.postingFrequencies())
        .checkAssert(
            f -> {
              assertThat(f.minPerWeek()).isLessThanOrEqualTo(f.maxPerWeek());
              assertThat(f.minPerDay()).isLessThanOrEqualTo(f.maxPerDay());
              assertThat(f.maxPerDay() * 7).isCloseTo(f.maxPerWeek(), within(1e-9));
            });
  }

  @Test
  void aspectRatiosPrintAndParseBack() {
    qt().forAll(PlatformGenerators.aspectRatios(), PlatformGenerators.aspectRatioRanges())
        .checkAssert(
            (ratio, range) -> {
              assertThat(AspectRatio.parse(ratio.toString())).isEqualTo(ratio);
              assertThat(range.contains(range.tallest())).isTrue();
              assertThat(range.contains(range.widest())).isTrue();
            });
  }

  @Test
  void textFitsIsEveryLimitOfThePart() {
    qt().forAll(PlatformGenerators.formatLimits(), PlatformGenerators.texts(60))
        .checkAssert(
            (limits, text) -> {
              for (TextField field : TextField.values()) {
                boolean all =
                    limits.textLimits(field).stream().allMatch(l -> l.check(text).fits());
                assertThat(limits.textFits(field, text)).isEqualTo(all);
              }
              assertThat(limits.acceptsMediaItems(limits.minMediaItems())).isTrue();
              limits
                  .maxMediaItems()
                  .ifPresent(max -> assertThat(limits.acceptsMediaItems(max + 1)).isFalse());
            });
  }

  @Test
  void reachCellsAreShares() {
    qt().forAll(PlatformGenerators.audienceReaches())
        .checkAssert(
            reach -> {
              assertThat(reach.all().isDefined()).isTrue();
              assertThat(reach.byAgeBand().values()).allMatch(Ratio::isDefined);
            });
  }
}
