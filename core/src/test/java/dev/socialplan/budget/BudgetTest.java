package dev.socialplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class BudgetTest {
  private static final CurrencyUnit TWD = CurrencyUnit.of("TWD");
  private static final LocalDateRange Q1_2027 =
      LocalDateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1));
  private static final Money TOTAL = Money.ofMajor(TWD, 100_000);
  private static final Allocation INSTAGRAM_ADS =
      Allocation.of(Platform.INSTAGRAM, BudgetCategory.PAID_PROMOTION, Money.ofMajor(TWD, 40_000))
          .withExpectedReturn(Money.ofMajor(TWD, 60_000));
  private static final Allocation INSTAGRAM_CONTENT =
      Allocation.of(Platform.INSTAGRAM, BudgetCategory.CONTENT_CREATION, Money.ofMajor(TWD, 10_000))
          .withExpectedReturn(Money.ofMajor(TWD, 15_000));
  private static final Allocation TIKTOK = Allocation.of(Platform.TIKTOK, Money.ofMajor(TWD, 20_000));
  private static final Allocation INFLUENCERS =
      Allocation.of(BudgetCategory.INFLUENCERS, Money.ofMajor(TWD, 25_000))
          .withExpectedReturn(Money.ofMajor(TWD, 20_000));
  private static final Budget ARTICLE_BUDGET =
      Budget.of(TOTAL, Q1_2027)
          .withDigitalMarketingShare(0.25)
          .withAllocations(List.of(INSTAGRAM_ADS, INSTAGRAM_CONTENT, TIKTOK, INFLUENCERS));

  @Test
  void keepsItsParts() {
    assertThat(ARTICLE_BUDGET.total()).isEqualTo(TOTAL);
    assertThat(ARTICLE_BUDGET.period()).isEqualTo(Q1_2027);
    assertThat(ARTICLE_BUDGET.digitalMarketingShare()).hasValue(0.25);
    assertThat(ARTICLE_BUDGET.allocations())
        .containsExactly(INSTAGRAM_ADS, INSTAGRAM_CONTENT, TIKTOK, INFLUENCERS);
    assertThat(ARTICLE_BUDGET.currency()).isEqualTo(TWD);
  }

  @Test
  void sumsAllocations() {
    assertThat(ARTICLE_BUDGET.allocated()).isEqualTo(MultiCurrencyAmount.of(Money.ofMajor(TWD, 95_000)));
    assertThat(ARTICLE_BUDGET.unallocated()).contains(Money.ofMajor(TWD, 5_000));
    assertThat(ARTICLE_BUDGET.expectedReturn())
        .isEqualTo(MultiCurrencyAmount.of(Money.ofMajor(TWD, 95_000)));
  }

  @Test
  void sumsByPlatformInOrderOfFirstAppearance() {
    Map<Platform, MultiCurrencyAmount> byPlatform = ARTICLE_BUDGET.allocatedByPlatform();
    assertThat(byPlatform.keySet()).containsExactly(Platform.INSTAGRAM, Platform.TIKTOK);
    assertThat(byPlatform.get(Platform.INSTAGRAM).single()).contains(Money.ofMajor(TWD, 50_000));
    assertThat(ARTICLE_BUDGET.allocatedTo(Platform.TIKTOK).single()).contains(Money.ofMajor(TWD, 20_000));
    assertThat(ARTICLE_BUDGET.allocatedTo(Platform.X).isEmpty()).isTrue();
  }

  @Test
  void sumsByCategoryInCategoryOrder() {
    Map<BudgetCategory, MultiCurrencyAmount> byCategory = ARTICLE_BUDGET.allocatedByCategory();
    assertThat(byCategory.keySet())
        .containsExactly(
            BudgetCategory.CONTENT_CREATION, BudgetCategory.PAID_PROMOTION, BudgetCategory.INFLUENCERS);
    assertThat(byCategory.get(BudgetCategory.PAID_PROMOTION).single())
        .contains(Money.ofMajor(TWD, 40_000));
    assertThat(ARTICLE_BUDGET.allocatedTo(BudgetCategory.INFLUENCERS).single())
        .contains(Money.ofMajor(TWD, 25_000));
    assertThat(ARTICLE_BUDGET.allocatedTo(BudgetCategory.TOOLS).isEmpty()).isTrue();
  }

  @Test
  void holdsAllocationsOverTheTotal() {
    Budget over = ARTICLE_BUDGET.plusAllocation(Allocation.of(BudgetCategory.TOOLS, Money.ofMajor(TWD, 6_000)));
    assertThat(over.unallocated()).contains(Money.ofMajor(TWD, -1_000));
  }

  @Test
  void holdsMixedCurrenciesWithoutGuessingARemainder() {
    Budget mixed =
        ARTICLE_BUDGET.plusAllocation(Allocation.of(Platform.X, Money.parse("USD 100.00")));
    assertThat(mixed.isSingleCurrency()).isFalse();
    assertThat(mixed.currencies()).containsExactly(TWD, CurrencyUnit.USD);
    assertThat(mixed.unallocated()).isEmpty();
    assertThat(mixed.allocated().amounts())
        .containsExactly(Money.ofMajor(TWD, 95_000), Money.parse("USD 100.00"));
    assertThat(ARTICLE_BUDGET.isSingleCurrency()).isTrue();
  }

  @Test
  void countsExpectedReturnCurrencies() {
    Budget mixed =
        Budget.of(TOTAL, Q1_2027)
            .plusAllocation(TIKTOK.withExpectedReturn(Money.parse("EUR 10.00")));
    assertThat(mixed.currencies()).containsExactly(CurrencyUnit.EUR, TWD);
    assertThat(mixed.unallocated()).contains(Money.ofMajor(TWD, 80_000));
  }

  @Test
  void splitsTheTotalByWeights() {
    Map<Platform, Double> weights = new LinkedHashMap<>();
    weights.put(Platform.INSTAGRAM, 2.0);
    weights.put(Platform.TIKTOK, 1.0);
    weights.put(Platform.FACEBOOK, 0.0);
    assertThat(Budget.of(Money.parse("USD 100.00"), Q1_2027).splitByWeights(weights))
        .containsExactly(
            Map.entry(Platform.INSTAGRAM, Money.parse("USD 66.67")),
            Map.entry(Platform.TIKTOK, Money.parse("USD 33.33")),
            Map.entry(Platform.FACEBOOK, Money.parse("USD 0.00")));
  }

  @Test
  void splitsTheTotalByExpectedReturn() {
    Map<String, Money> returns = new LinkedHashMap<>();
    returns.put("ads", Money.ofMajor(TWD, 3));
    returns.put("live", Money.ofMajor(TWD, 1));
    assertThat(ARTICLE_BUDGET.splitByExpectedReturn(returns))
        .containsExactly(
            Map.entry("ads", Money.ofMajor(TWD, 75_000)), Map.entry("live", Money.ofMajor(TWD, 25_000)));
  }

  @Test
  void reallocatesTheTotalByExpectedReturn() {
    Budget withReturns = ARTICLE_BUDGET.withAllocations(List.of(INSTAGRAM_ADS, INSTAGRAM_CONTENT, INFLUENCERS));
    // returns 60,000 : 15,000 : 20,000 of a 100,000 total
    Budget reallocated = withReturns.reallocatedByExpectedReturn();
    assertThat(reallocated.allocations())
        .extracting(Allocation::amount)
        .containsExactly(
            Money.parse("TWD 63157.90"), Money.parse("TWD 15789.47"), Money.parse("TWD 21052.63"));
    assertThat(reallocated.unallocated()).contains(Money.ofMajor(TWD, 0));
    assertThat(reallocated.allocations().get(0).platform()).contains(Platform.INSTAGRAM);
    assertThat(reallocated.allocations().get(2).expectedReturn()).contains(Money.ofMajor(TWD, 20_000));
  }

  @Test
  void refusesToReallocateWithoutReturns() {
    assertThatThrownBy(ARTICLE_BUDGET::reallocatedByExpectedReturn)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("allocations[2] has no expected return");
    assertThatThrownBy(() -> Budget.of(TOTAL, Q1_2027).reallocatedByExpectedReturn())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("allocations must not be empty to reallocate TWD 100000.00");
    Budget zero =
        Budget.of(TOTAL, Q1_2027).plusAllocation(TIKTOK.withExpectedReturn(Money.ofMajor(TWD, 0)));
    assertThatThrownBy(zero::reallocatedByExpectedReturn)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot reallocate by expected return: expectedReturns must not all be zero");
  }

  @Test
  void equalByValue() {
    Budget same =
        Budget.builder()
            .total(TOTAL)
            .period(Q1_2027)
            .digitalMarketingShare(0.25)
            .addAllocations(INSTAGRAM_ADS, INSTAGRAM_CONTENT, TIKTOK, INFLUENCERS)
            .build();
    assertThat(same).isEqualTo(ARTICLE_BUDGET).hasSameHashCodeAs(ARTICLE_BUDGET);
    assertThat(same.toString()).contains("TWD 100000.00", "2027-01-01/2027-04-01");
  }

  @Test
  void refusesImpossibleValues() {
    assertThatThrownBy(() -> Budget.of(Money.ofMajor(TWD, -1), Q1_2027))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total must not be negative: TWD -1.00");
    LocalDate day = LocalDate.of(2027, 1, 1);
    assertThatThrownBy(() -> Budget.of(TOTAL, LocalDateRange.of(day, day)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period must not be empty: 2027-01-01/2027-01-01");
    assertThatThrownBy(() -> Budget.of(TOTAL, LocalDateRange.ofUnboundedEnd(day)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("period must be bounded at both ends");
    assertThatThrownBy(() -> ARTICLE_BUDGET.withDigitalMarketingShare(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("digitalMarketingShare must be between 0 and 1: 1.5");
  }
}
