package dev.socialplan.analytics.budget;

import static dev.socialplan.analytics.budget.BudgetFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReallocationTest {
  @Test
  void aMoveNamesBothEndsAndAPositiveAmount() {
    Reallocation move =
        Reallocation.builder().donor("Facebook").recipient("Instagram").amount(usd("500")).reasoning("because").build();
    assertThat(move.isMove()).isTrue();
    Reallocation none = Reallocation.builder().amount(usd("0")).reasoning("no data").build();
    assertThat(none.isMove()).isFalse();
  }

  @Test
  void refusesInconsistentSuggestions() {
    assertThatThrownBy(() -> Reallocation.builder().donor("Facebook").amount(usd("5")).reasoning("r").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("donor and recipient must both be present or both be empty");
    assertThatThrownBy(
            () -> Reallocation.builder().donor("A").recipient("B").amount(usd("0")).reasoning("r").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be positive exactly when a move is suggested: USD 0.00");
    assertThatThrownBy(() -> Reallocation.builder().amount(usd("0")).reasoning(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("reasoning must not be blank");
  }
}
