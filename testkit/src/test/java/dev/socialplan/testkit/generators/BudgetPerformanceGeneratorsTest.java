package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.analytics.budget.BudgetPerformance;
import dev.socialplan.analytics.budget.ReallocationPolicy;
import dev.socialplan.analytics.budget.SpendLine;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BudgetPerformanceGeneratorsTest {
  private static final long SEED = 20261124L;
  private static final CurrencyUnit TWD = CurrencyUnit.of("TWD");

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void spendLinesAreInTheirCurrencyOnAPlatformACategoryOrBoth() {
    List<SpendLine> lines = sample(BudgetPerformanceGenerators.spendLines(TWD), 300);
    assertThat(lines)
        .allSatisfy(
            l -> {
              assertThat(l.platform().isPresent() || l.category().isPresent()).isTrue();
              assertThat(l.spend().getCurrencyUnit()).isEqualTo(TWD);
              assertThat(l.revenue().getCurrencyUnit()).isEqualTo(TWD);
              assertThat(l.spend().isNegative()).isFalse();
              assertThat(l.revenue().isNegative()).isFalse();
            });
    assertThat(lines).anyMatch(l -> l.platform().isPresent() && l.category().isPresent());
    assertThat(lines).anyMatch(l -> l.platform().isEmpty());
    assertThat(lines).anyMatch(l -> l.category().isEmpty());
    assertThat(lines).anyMatch(l -> l.revenue().isGreaterThan(l.spend()));
    assertThat(lines).anyMatch(l -> l.revenue().isLessThan(l.spend()));
  }

  @Test
  void policiesCapFromOnePercentToAllWithGapsUpToTwo() {
    List<ReallocationPolicy> policies = sample(BudgetPerformanceGenerators.policies(), 300);
    assertThat(policies)
        .allSatisfy(
            p -> {
              assertThat(p.maxShare()).isBetween(0.01, 1.0);
              assertThat(p.minimumRoiGap()).isBetween(0.0, 2.0);
            });
    assertThat(policies).contains(ReallocationPolicy.STANDARD);
    assertThat(policies).anyMatch(p -> !p.equals(ReallocationPolicy.STANDARD));
  }

  @Test
  void performancesHaveMostLinesInTheBudgetsCurrencyAndSomeInAnother() {
    List<BudgetPerformance> performances = sample(BudgetPerformanceGenerators.performances(3, 6), 300);
    assertThat(performances)
        .allSatisfy(
            p -> {
              assertThat(p.budget().isSingleCurrency()).isTrue();
              assertThat(p.budget().allocations()).hasSizeLessThanOrEqualTo(3);
              assertThat(p.lines()).hasSizeLessThanOrEqualTo(6);
              assertThat(p.currency()).isEqualTo(p.budget().currency());
            });
    assertThat(performances).anyMatch(p -> p.lines().isEmpty());
    assertThat(performances).anyMatch(p -> !p.otherCurrencyLines().isEmpty());
    long lines = performances.stream().mapToLong(p -> p.lines().size()).sum();
    long foreign = performances.stream().mapToLong(p -> p.otherCurrencyLines().size()).sum();
    assertThat(foreign).isPositive().isLessThan(lines / 3);
  }
}
