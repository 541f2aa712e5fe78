package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.analytics.budget.BudgetPerformance;
import dev.socialplan.analytics.budget.ReallocationPolicy;
import dev.socialplan.analytics.budget.SpendLine;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.platform.Platform;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for the {@code dev.socialplan.analytics.budget} package: spend lines,
 * reallocation policies, and budget performances whose lines are mostly in the budget's currency,
 * with an occasional line in another. Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class BudgetPerformanceGenerators {

  private BudgetPerformanceGenerators() {}

  /**
   * Generates spend lines in a currency, on a well-known platform, a category or both.
   *
   * @param currency the currency of spend and revenue
   * @return constructible spend lines
   */
  public static Gen<SpendLine> spendLines(CurrencyUnit currency) {
    Gen<Optional<Platform>> platform = Generate.pick(Platform.wellKnown()).toOptionals(70);
    Gen<Optional<BudgetCategory>> category = Generate.enumValues(BudgetCategory.class).toOptionals(70);
    return platform.zip(
        category,
        BudgetGenerators.money(currency, 100_000_000L),
        BudgetGenerators.money(currency, 500_000_000L),
        (p, c, spend, revenue) -> {
          SpendLine.Builder b = SpendLine.builder().spend(spend).revenue(revenue);
          if (p.isEmpty() && c.isEmpty()) {
            b.category(BudgetCategory.PAID_PROMOTION);
          }
          p.ifPresent(b::platform);
          c.ifPresent(b::category);
          return b.build();
        });
  }

  /**
   * Generates reallocation policies with caps from 1 % to 100 % and ROI gaps from 0 to 2.
   *
   * @return constructible policies
   */
  public static Gen<ReallocationPolicy> policies() {
    return SourceDSL.doubles()
        .between(0.01, 1.0)
        .zip(SourceDSL.doubles().between(0, 2), ReallocationPolicy::new)
        .mix(Generate.constant(ReallocationPolicy.STANDARD), 30);
  }

  /**
   * Generates performances of single-currency budgets with up to {@code maxLines} spend lines, about
   * one in ten in euros or yen instead of the budget's currency.
   *
   * @param maxAllocations the largest number of budget allocations
   * @param maxLines the largest number of spend lines
   * @return constructible performances
   */
  public static Gen<BudgetPerformance> performances(int maxAllocations, int maxLines) {
    Gen<CurrencyUnit> foreign = Generate.pick(List.of(CurrencyUnit.EUR, CurrencyUnit.JPY));
    return BudgetGenerators.singleCurrencyBudgets(maxAllocations)
        .flatMap(
            budget -> {
              Gen<SpendLine> own = spendLines(budget.currency());
              Gen<SpendLine> line = own.mix(foreign.flatMap(BudgetPerformanceGenerators::spendLines), 10);
              return lists()
                  .of(line)
                  .ofSizeBetween(0, maxLines)
                  .map(lines -> BudgetPerformance.of(budget, lines));
            });
  }
}
