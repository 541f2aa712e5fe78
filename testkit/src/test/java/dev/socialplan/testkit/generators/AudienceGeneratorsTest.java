package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.IncomeBand;
import dev.socialplan.audience.Persona;
import dev.socialplan.audience.Region;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AudienceGeneratorsTest {
  private static final long SEED = 20261124L;
  private static final LocalDate FIRST_REFERENCE = LocalDate.of(1990, 1, 1);
  private static final LocalDate LAST_REFERENCE = LocalDate.of(2060, 12, 31);

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void ageRangesStayInBoundsAndIncludeSingleAgesDecadesAndOpenEnds() {
    List<AgeRange> ranges = sample(AudienceGenerators.ageRanges(), 400);
    assertThat(ranges)
        .allSatisfy(
            r -> {
              assertThat(r.min()).isBetween(0, AgeRange.MAX_AGE);
              assertThat(r.max()).isBetween(r.min(), AgeRange.MAX_AGE);
            });
    assertThat(ranges).anyMatch(r -> r.size() == 1);
    assertThat(ranges).anyMatch(r -> r.min() % 10 == 0 && r.max() == r.min() + 9);
    assertThat(ranges).anyMatch(AgeRange::isOpenEnded);
    assertThat(ranges).anyMatch(r -> !r.isOpenEnded() && r.size() > 10);
  }

  @Test
  void referenceDatesCoverLeapDaysAndTheTurnOfTheYear() {
    List<LocalDate> dates = sample(AudienceGenerators.referenceDates(), 400);
    assertThat(dates).allSatisfy(d -> assertThat(d).isBetween(FIRST_REFERENCE, LAST_REFERENCE));
    assertThat(dates).anyMatch(d -> d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29);
    assertThat(dates).anyMatch(d -> d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 31);
    assertThat(dates).anyMatch(d -> d.getDayOfYear() == 1);
    assertThat(dates.stream().map(LocalDate::getYear).distinct().count()).isGreaterThan(30);
  }

  @Test
  void genderMixesAddUpToOneAndIncludeTheNamedMixes() {
    List<GenderMix> mixes = sample(AudienceGenerators.genderMixes(), 300);
    assertThat(mixes)
        .allSatisfy(m -> assertThat(m.women() + m.men() + m.other()).isCloseTo(1.0, within(1e-9)));
    assertThat(mixes).anyMatch(GenderMix::isAllWomen);
    assertThat(mixes).anyMatch(GenderMix::isAllMen);
    assertThat(mixes).anyMatch(m -> m.other() > 0 && m.women() > 0 && m.men() > 0);
    assertThat(mixes).anyMatch(m -> m.other() == 0 && m.women() > 0 && m.men() > 0);
  }

  @Test
  void regionsHaveEachOptionalPartOrNot() {
    List<Region> regions = sample(AudienceGenerators.regions(), 200);
    assertThat(regions).allSatisfy(r -> assertThat(r.description()).isNotBlank());
    assertThat(regions).anyMatch(r -> r.country().isPresent());
    assertThat(regions).anyMatch(r -> r.country().isEmpty());
    assertThat(regions).anyMatch(r -> r.settlement().isPresent());
    assertThat(regions).anyMatch(r -> r.settlement().isEmpty());
    assertThat(regions).anyMatch(r -> r.activities().size() > 1);
    assertThat(regions).anyMatch(r -> r.activities().isEmpty());
  }

  @Test
  void incomeBandsAreOrderedNonNegativeAndOnBothBases() {
    List<IncomeBand> bands = sample(AudienceGenerators.incomeBands(), 200);
    assertThat(bands)
        .allSatisfy(
            b -> {
              assertThat(b.low().isNegative()).isFalse();
              assertThat(b.low().isGreaterThan(b.high())).isFalse();
            });
    assertThat(bands.stream().map(IncomeBand::basis).distinct()).hasSize(IncomeBand.Basis.values().length);
    assertThat(bands.stream().map(IncomeBand::currency).distinct().count()).isEqualTo(4);
  }

  @Test
  void personasRangeFromBareToFull() {
    List<Persona> personas = sample(AudienceGenerators.personas(), 300);
    assertThat(personas).allSatisfy(p -> assertThat(p.name()).startsWith("Persona "));
    assertThat(personas).anyMatch(p -> p.ageRange().isEmpty());
    assertThat(personas)
        .anyMatch(
            p ->
                p.ageRange().isPresent()
                    && p.genderMix().isPresent()
                    && p.incomeBand().isPresent()
                    && !p.regions().isEmpty()
                    && !p.languages().isEmpty()
                    && !p.platforms().isEmpty());
    assertThat(personas).anyMatch(p -> p.interests().isEmpty() && p.painPoints().isEmpty());
    assertThat(personas).anyMatch(p -> !p.occupations().isEmpty());
    assertThat(personas.stream().map(Persona::dataSource).distinct().count()).isGreaterThan(1);
  }

  @Test
  void weightsAreFiniteFromZeroToTwo() {
    List<Double> weights = sample(AudienceGenerators.weights(), 300);
    assertThat(weights).allSatisfy(w -> assertThat(w).isBetween(0.0, 2.0));
    assertThat(weights).contains(0.0, 1.0);
    assertThat(weights).anyMatch(w -> w > 1.0);
  }

  @Test
  void audiencesHoldUpToTheMaximumAndAreSometimesNormalised() {
    List<Audience> audiences = sample(AudienceGenerators.audiences(3), 300);
    assertThat(audiences).allSatisfy(a -> assertThat(a.members()).hasSizeLessThanOrEqualTo(3));
    assertThat(audiences).anyMatch(Audience::isEmpty);
    assertThat(audiences).anyMatch(a -> a.members().size() == 3);
    assertThat(audiences)
        .anyMatch(a -> a.members().size() > 1 && Math.abs(a.totalWeight() - 1.0) < 1e-9);
    assertThat(audiences).anyMatch(a -> !a.isEmpty() && Math.abs(a.totalWeight() - 1.0) > 0.01);
    assertThat(sample(AudienceGenerators.audiences(0), 20)).allMatch(Audience::isEmpty);
  }
}
