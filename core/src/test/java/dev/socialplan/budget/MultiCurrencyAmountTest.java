package dev.socialplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Arrays;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MultiCurrencyAmountTest {
  private static final Money USD_5 = Money.parse("USD 5.00");
  private static final Money USD_7_25 = Money.parse("USD 7.25");
  private static final Money EUR_10 = Money.parse("EUR 10.00");
  private static final Money JPY_0 = Money.zero(CurrencyUnit.JPY);

  @Test
  void sumsPerCurrencyInCodeOrder() {
    MultiCurrencyAmount sum = MultiCurrencyAmount.of(USD_5, EUR_10, USD_7_25);
    assertThat(sum.amounts()).containsExactly(EUR_10, Money.parse("USD 12.25"));
    assertThat(sum.currencies()).containsExactly(CurrencyUnit.EUR, CurrencyUnit.USD);
    assertThat(sum.amount(CurrencyUnit.USD)).isEqualTo(Money.parse("USD 12.25"));
    assertThat(sum.isSingleCurrency()).isFalse();
    assertThat(sum.single()).isEmpty();
    assertThat(sum).hasToString("[EUR 10.00, USD 12.25]");
  }

  @Test
  void missingCurrencyIsZeroButNotListed() {
    MultiCurrencyAmount sum = MultiCurrencyAmount.of(USD_5);
    assertThat(sum.amount(CurrencyUnit.GBP)).isEqualTo(Money.zero(CurrencyUnit.GBP));
    assertThat(sum.currencies()).containsExactly(CurrencyUnit.USD);
    assertThat(sum.single()).contains(USD_5);
  }

  @Test
  void keepsZeroAmountsAsUsedCurrencies() {
    MultiCurrencyAmount sum = MultiCurrencyAmount.of(USD_5).plus(JPY_0);
    assertThat(sum.currencies()).containsExactly(CurrencyUnit.JPY, CurrencyUnit.USD);
  }

  @Test
  void emptyIsTheIdentity() {
    MultiCurrencyAmount sum = MultiCurrencyAmount.of(USD_5, EUR_10);
    assertThat(MultiCurrencyAmount.empty().isEmpty()).isTrue();
    assertThat(sum.isEmpty()).isFalse();
    assertThat(MultiCurrencyAmount.empty().isSingleCurrency()).isTrue();
    assertThat(MultiCurrencyAmount.of()).isEqualTo(MultiCurrencyAmount.empty());
    assertThat(sum.plus(MultiCurrencyAmount.empty())).isEqualTo(sum);
    assertThat(MultiCurrencyAmount.empty().plus(sum)).isEqualTo(sum).hasSameHashCodeAs(sum);
  }

  @Test
  void addsTwoSums() {
    MultiCurrencyAmount a = MultiCurrencyAmount.of(USD_5);
    MultiCurrencyAmount b = MultiCurrencyAmount.of(USD_7_25, EUR_10);
    assertThat(a.plus(b)).isEqualTo(MultiCurrencyAmount.of(USD_5, USD_7_25, EUR_10));
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a)
        .isEqualTo(MultiCurrencyAmount.of(USD_5))
        .isNotEqualTo(b)
        .doesNotHaveSameHashCodeAs(b);
    assertThat(a.isSingleCurrency()).isTrue();
    assertThat(a.plus(MultiCurrencyAmount.of(USD_7_25)).isSingleCurrency()).isTrue();
  }

  @Test
  void refusesNullAmounts() {
    assertThatThrownBy(() -> MultiCurrencyAmount.of(Arrays.asList(USD_5, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("amounts[1] must not be null");
  }

  @Test
  void equalByAmountPerCurrency() {
    new EqualsTester()
        .addEqualityGroup(
            MultiCurrencyAmount.of(USD_5, EUR_10), MultiCurrencyAmount.of(EUR_10, USD_5))
        .addEqualityGroup(MultiCurrencyAmount.of(USD_7_25, EUR_10))
        .addEqualityGroup(MultiCurrencyAmount.of(USD_5))
        .addEqualityGroup(MultiCurrencyAmount.empty())
        .testEquals();
  }
}
