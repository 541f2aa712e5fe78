package dev.socialplan.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.MetricGenerators;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** {@link CountRate} over the whole range of the type (issue 10). */
class CountRatePropertiesTest {

  /** Over the whole range of counts: finite, the 17-digit quotient, and the text agrees. */
  @Test
  void finiteAndExactOverTheWholeRange() {
    qt().withExamples(3_000)
        .forAll(MetricGenerators.countRates())
        .checkAssert(
            r -> {
              if (!r.isDefined()) {
                assertThat(r.value()).isEmpty();
                return;
              }
              BigDecimal exact =
                  BigDecimal.valueOf(r.count())
                      .multiply(BigDecimal.valueOf(r.scale()))
                      .divide(BigDecimal.valueOf(r.units()), new MathContext(17));
              assertThat(r.value().getAsDouble()).isFinite().isEqualTo(exact.doubleValue());
              String figure = r.toString().substring(0, r.toString().indexOf(" per "));
              assertThat(new BigDecimal(figure)).isEqualByComparingTo(exact);
            });
  }
}
