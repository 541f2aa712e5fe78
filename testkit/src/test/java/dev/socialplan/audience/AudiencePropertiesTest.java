package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.AudienceGenerators;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AudiencePropertiesTest {

  @Test
  void normalisedAudiencesKeepTheirPersonasAndAddUpToOne() {
    qt().forAll(AudienceGenerators.audiences(6))
        .checkAssert(
            a -> {
              assertThat(a.totalWeight()).isGreaterThanOrEqualTo(0);
              a.normalised()
                  .ifPresentOrElse(
                      n -> {
                        assertThat(n.personas()).isEqualTo(a.personas());
                        assertThat(n.totalWeight()).isCloseTo(1.0, Offset.offset(1e-12));
                        for (int i = 0; i < a.members().size(); i++) {
                          assertThat(n.members().get(i).weight() * a.totalWeight())
                              .isCloseTo(a.members().get(i).weight(), Offset.offset(1e-12));
                        }
                      },
                      () -> assertThat(a.totalWeight()).isZero());
            });
  }

  @Test
  void personasRoundTripThroughTheirBuilders() {
    qt().forAll(AudienceGenerators.personas())
        .checkAssert(
            p -> {
              assertThat(Persona.builder().from(p).build()).isEqualTo(p);
              assertThat(p.name()).isNotBlank();
              p.ageRange().ifPresent(r -> assertThat(r.min()).isLessThanOrEqualTo(r.max()));
            });
  }

  @Test
  void incomeBandsAreOrderedAndYearlyIsTwelveMonths() {
    qt().forAll(AudienceGenerators.incomeBands())
        .checkAssert(
            b -> {
              assertThat(b.contains(b.low())).isTrue();
              assertThat(b.contains(b.high())).isTrue();
              assertThat(b.contains(b.midpoint())).isTrue();
              IncomeBand y = b.toYearly();
              assertThat(y.basis()).isEqualTo(IncomeBand.Basis.YEARLY);
              if (b.basis() == IncomeBand.Basis.MONTHLY) {
                assertThat(y.low()).isEqualTo(b.low().multipliedBy(12));
              }
            });
  }
}
