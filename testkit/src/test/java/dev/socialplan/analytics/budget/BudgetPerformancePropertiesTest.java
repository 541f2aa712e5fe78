package dev.socialplan.analytics.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.BudgetPerformanceGenerators;
import java.math.BigDecimal;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class BudgetPerformancePropertiesTest {

  @Test
  void theTotalIsTheExactSumOfTheLinesInTheBudgetsCurrency() {
    qt().forAll(BudgetPerformanceGenerators.performances(6, 20))
        .checkAssert(
            p -> {
              List<SpendLine> own =
                  p.lines().stream().filter(l -> l.spend().getCurrencyUnit().equals(p.currency())).toList();
              Money spent = Money.total(p.currency(), own.stream().map(SpendLine::spend).toList());
              Money revenue = Money.total(p.currency(), own.stream().map(SpendLine::revenue).toList());
              assertThat(p.total().spent()).isEqualTo(spent);
              assertThat(p.total().revenue()).isEqualTo(revenue);
              assertThat(own.size() + p.otherCurrencyLines().size()).isEqualTo(p.lines().size());
              Money platformSpend =
                  Money.total(p.currency(), p.byPlatform().stream().map(PerformanceLine::spent).toList());
              Money withPlatform =
                  Money.total(
                      p.currency(),
                      own.stream().filter(l -> l.platform().isPresent()).map(SpendLine::spend).toList());
              assertThat(platformSpend).isEqualTo(withPlatform);
            });
  }

  @Test
  void aReallocationIsBoundedExactAndFromLowerToHigherReturn() {
    qt().forAll(BudgetPerformanceGenerators.performances(6, 12), BudgetPerformanceGenerators.policies())
        .checkAssert(
            (p, policy) -> {
              for (Breakdown breakdown : Breakdown.values()) {
                Reallocation r = p.suggestReallocation(breakdown, policy);
                assertThat(r.reasoning()).isNotBlank();
                assertThat(r.amount().getCurrencyUnit()).isEqualTo(p.currency());
                if (!r.isMove()) {
                  assertThat(r.amount().isZero()).isTrue();
                  continue;
                }
                List<PerformanceLine> lines = breakdown == Breakdown.PLATFORM ? p.byPlatform() : p.byCategory();
                PerformanceLine donor = lines.stream().filter(l -> l.label().equals(r.donor().get())).findFirst().orElseThrow();
                PerformanceLine recipient = lines.stream().filter(l -> l.label().equals(r.recipient().get())).findFirst().orElseThrow();
                BigDecimal cap = donor.spent().getAmount().multiply(BigDecimal.valueOf(policy.maxShare()));
                assertThat(r.amount().getAmount()).isLessThanOrEqualTo(cap);
                assertThat(cap.subtract(r.amount().getAmount()))
                    .isLessThan(BigDecimal.ONE.movePointLeft(p.currency().getDecimalPlaces()));
                assertThat(donor.roi().compareTo(recipient.roi())).isNegative();
                for (PerformanceLine l : lines) {
                  if (l.roi().isDefined()) {
                    assertThat(l.roi().compareTo(donor.roi())).isGreaterThanOrEqualTo(0);
                    assertThat(l.roi().compareTo(recipient.roi())).isLessThanOrEqualTo(0);
                  }
                }
              }
            });
  }
}
