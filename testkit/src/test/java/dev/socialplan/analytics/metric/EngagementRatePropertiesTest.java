package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.metric.Ratio;
import dev.socialplan.testkit.generators.EngagementGenerators;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The result always says what it used, and is never NaN or a silent zero. */
class EngagementRatePropertiesTest {

  @Test
  void usesTheFirstMeasuredDenominatorAndSumsTheMeasuredComponents() {
    qt().forAll(
            EngagementGenerators.definitions(),
            EngagementGenerators.counts(),
            EngagementGenerators.exposures())
        .checkAssert(
            (definition, counts, exposure) -> {
              EngagementRate rate = EngagementRate.of(definition, counts, exposure);
              int used = definition.denominators().size();
              for (int i = 0; i < definition.denominators().size(); i++) {
                if (exposure.count(definition.denominators().get(i)).isPresent()) {
                  used = i;
                  break;
                }
              }
              assertThat(rate.skippedDenominators())
                  .isEqualTo(definition.denominators().subList(0, used));
              assertThat(rate.denominator().isPresent()).isEqualTo(used < definition.denominators().size());
              long sum = 0;
              for (EngagementComponent c : definition.components()) {
                OptionalLong v = counts.count(c);
                assertThat(rate.countedComponents().contains(c)).isEqualTo(v.isPresent());
                assertThat(rate.missingComponents().contains(c)).isEqualTo(v.isEmpty());
                sum += v.orElse(0);
              }
              boolean countable =
                  !rate.countedComponents().isEmpty()
                      && (rate.missingComponents().isEmpty() || definition.sumsAvailableComponents());
              assertThat(rate.engagements().isPresent()).isEqualTo(countable);
              if (countable && rate.denominator().isPresent()) {
                long denominator = exposure.count(rate.denominator().get()).getAsLong();
                assertThat(rate.rate()).isEqualTo(Ratio.of(sum, denominator));
                assertThat(rate.isDefined()).isEqualTo(denominator != 0);
              } else {
                assertThat(rate.isDefined()).isFalse();
              }
              rate.rate().value().ifPresent(v -> assertThat(Double.isFinite(v)).isTrue());
            });
  }
}
