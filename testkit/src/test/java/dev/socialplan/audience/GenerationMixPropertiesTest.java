package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.socialplan.metric.Ratio;
import dev.socialplan.testkit.generators.AudienceGenerators;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class GenerationMixPropertiesTest {

  @Test
  void sharesAndUncoveredAddUpToExactlyOne() {
    qt().forAll(AudienceGenerators.ageRanges(), AudienceGenerators.referenceDates())
        .checkAssert(
            (range, ref) -> {
              GenerationMix mix = range.generations(ref);
              double total = mix.birthDates().lengthInDays();
              double numerators = mix.uncovered().numerator();
              for (Ratio r : mix.shares().values()) {
                assertThat(r.denominator()).isEqualTo(total);
                assertThat(r.numerator()).isPositive();
                numerators += r.numerator();
              }
              assertThat(mix.uncovered().denominator()).isEqualTo(total);
              assertThat(numerators).isEqualTo(total);
            });
  }

  @Test
  void derivationIsConsistentForEveryAgeInTheRange() {
    qt().withExamples(300)
        .forAll(AudienceGenerators.ageRanges(), AudienceGenerators.referenceDates())
        .checkAssert(
            (range, ref) -> {
              GenerationMix whole = range.generations(ref);
              Map<Generation, Double> days = new EnumMap<>(Generation.class);
              for (int a = range.min(); a <= range.max(); a++) {
                GenerationMix single = AgeRange.exactly(a).generations(ref);
                assertThat(whole.shares().keySet()).containsAll(single.shares().keySet());
                single.shares().forEach((g, r) -> days.merge(g, r.numerator(), Double::sum));
              }
              assertThat(days).hasSameSizeAs(whole.shares());
              days.forEach((g, d) -> assertThat(whole.shares().get(g).numerator()).isEqualTo(d));
            });
  }

  @Test
  void theGenerationOfAnyBirthDateInTheRangeIsPresent() {
    qt().forAll(AudienceGenerators.ageRanges(), AudienceGenerators.referenceDates(), doubles().fromZeroToOne())
        .checkAssert(
            (range, ref, where) -> {
              LocalDateRange births = range.birthDates(ref);
              LocalDate birth = births.getStart().plusDays((long) Math.floor(where * (births.lengthInDays() - 1)));
              GenerationMix mix = range.generations(ref);
              Generation.forBirthDate(birth)
                  .ifPresentOrElse(
                      g -> assertThat(mix.shares()).containsKey(g),
                      () -> assertThat(mix.uncovered().numerator()).isPositive());
            });
  }

  @Test
  void dominantHasTheLargestShareAndSocialMediaShareIsAWeightedMean() {
    qt().forAll(AudienceGenerators.ageRanges(), AudienceGenerators.referenceDates())
        .checkAssert(
            (range, ref) -> {
              GenerationMix mix = range.generations(ref);
              mix.dominant()
                  .ifPresentOrElse(
                      d -> mix.shares().values().forEach(r -> assertThat(mix.shares().get(d)).isGreaterThanOrEqualTo(r)),
                      () -> assertThat(mix.shares()).isEmpty());
              mix.socialMediaShare()
                  .ifPresent(
                      s -> {
                        double v = s.value().getAsDouble();
                        assertThat(v).isBetween(0.482 - 1e-12, 0.904 + 1e-12);
                        assertThat(mix.uncovered().numerator()).isZero();
                      });
            });
  }
}
