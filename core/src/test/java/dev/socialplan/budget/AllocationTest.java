package dev.socialplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AllocationTest {
  private static final Money TWD_20000 = Money.parse("TWD 20000.00");
  private static final Money TWD_15000 = Money.parse("TWD 15000.00");
  private static final Money TWD_30000 = Money.parse("TWD 30000.00");
  private static final Allocation INSTAGRAM_ADS =
      Allocation.of(Platform.INSTAGRAM, BudgetCategory.PAID_PROMOTION, TWD_20000)
          .withId("ig-ads")
          .withExpectedReturn(TWD_30000);

  @Test
  void keepsItsParts() {
    assertThat(INSTAGRAM_ADS.id()).contains("ig-ads");
    assertThat(INSTAGRAM_ADS.platform()).contains(Platform.INSTAGRAM);
    assertThat(INSTAGRAM_ADS.category()).contains(BudgetCategory.PAID_PROMOTION);
    assertThat(INSTAGRAM_ADS.amount()).isEqualTo(TWD_20000);
    assertThat(INSTAGRAM_ADS.expectedReturn()).contains(TWD_30000);
  }

  @Test
  void toAPlatformOrACategoryAlone() {
    Allocation tiktok = Allocation.of(Platform.TIKTOK, TWD_15000);
    Allocation tools = Allocation.of(BudgetCategory.TOOLS, TWD_15000);
    assertThat(tiktok.platform()).contains(Platform.TIKTOK);
    assertThat(tiktok.category()).isEmpty();
    assertThat(tools.category()).contains(BudgetCategory.TOOLS);
    assertThat(tools.platform()).isEmpty();
  }

  @Test
  void equalByValue() {
    Allocation same =
        Allocation.builder()
            .id("ig-ads")
            .platform(Platform.INSTAGRAM)
            .category(BudgetCategory.PAID_PROMOTION)
            .amount(TWD_20000)
            .expectedReturn(TWD_30000)
            .build();
    assertThat(same).isEqualTo(INSTAGRAM_ADS).hasSameHashCodeAs(INSTAGRAM_ADS);
    assertThat(same.toString()).contains("TWD 20000.00", "PAID_PROMOTION");
    assertThat(same.withAmount(TWD_15000)).isNotEqualTo(INSTAGRAM_ADS);
  }

  @Test
  void tellsWhetherItIsExpectedToLose() {
    assertThat(INSTAGRAM_ADS.isExpectedToLose()).isFalse();
    assertThat(INSTAGRAM_ADS.withExpectedReturn(TWD_15000).isExpectedToLose()).isTrue();
    assertThat(INSTAGRAM_ADS.withExpectedReturn(TWD_20000).isExpectedToLose()).isFalse();
    assertThat(Allocation.of(Platform.X, TWD_15000).isExpectedToLose()).isFalse();
    // Another currency cannot be compared here; the mixed-currency rule reports it.
    assertThat(INSTAGRAM_ADS.withExpectedReturn(Money.parse("USD 1.00")).isExpectedToLose())
        .isFalse();
  }

  @Test
  void refusesNegativeMoney() {
    assertThatThrownBy(() -> Allocation.of(Platform.X, Money.parse("TWD -1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must not be negative: TWD -1.00");
    assertThatThrownBy(() -> INSTAGRAM_ADS.withExpectedReturn(Money.parse("TWD -5.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectedReturn must not be negative: TWD -5.00");
  }

  @Test
  void refusesAnAllocationToNothing() {
    assertThatThrownBy(() -> Allocation.builder().amount(TWD_15000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an allocation needs a platform or a category (or both): TWD 15000.00");
  }

  @Test
  void refusesBlankId() {
    assertThatThrownBy(() -> INSTAGRAM_ADS.withId(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank: \" \"");
  }
}
