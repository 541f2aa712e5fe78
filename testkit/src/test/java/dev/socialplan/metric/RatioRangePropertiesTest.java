package dev.socialplan.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.MetricGenerators;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Ratio}'s promises over the whole range of the type (issue 10). */
class RatioRangePropertiesTest {

  /** Reading the printed percentage back gives the value, over the whole range of the type. */
  @Test
  void thePrintedPercentageIsTheValueOverTheWholeRange() {
    qt().withExamples(5_000)
        .forAll(MetricGenerators.anyRatios())
        .checkAssert(
            r -> {
              String text = r.toString();
              if (!r.isDefined()) {
                assertThat(text).startsWith("undefined (");
                return;
              }
              String percent = text.substring(0, text.indexOf("% ("));
              assertThat(new BigDecimal(percent).movePointLeft(2).doubleValue())
                  .isEqualTo(r.value().getAsDouble());
            });
  }

  @Test
  void neverInfiniteOverTheWholeRange() {
    qt().withExamples(5_000)
        .forAll(MetricGenerators.anyRatios())
        .checkAssert(
            r -> {
              r.value().ifPresent(v -> assertThat(v).isFinite());
              r.asPercent().ifPresent(v -> assertThat(v).isFinite());
              assertThat(r.valueOr(0)).isFinite();
            });
  }

  @Test
  void pooledIsTheSumOfTheDefinedPartsOverTheWholeRange() {
    qt().withExamples(1_000)
        .forAll(MetricGenerators.ratios(), MetricGenerators.ratios(), MetricGenerators.ratios())
        .checkAssert(
            (a, b, c) -> {
              List<Ratio> all = List.of(a, b, c);
              List<Ratio> defined = all.stream().filter(Ratio::isDefined).toList();
              assertThat(Ratio.pooled(all)).isEqualTo(Ratio.sumOfParts(defined));
              assertThat(Ratio.sumOfParts(all)).isEqualTo(a.plus(b).plus(c));
            });
  }
}
