package dev.socialplan.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BusinessObjectiveTest {
  private static final BusinessObjective ONLINE_SALES =
      BusinessObjective.of("online-sales", "Grow online sales 15 % this year")
          .withDescription("Shop revenue, web and app");

  @Test
  void keepsItsParts() {
    assertThat(ONLINE_SALES.id()).isEqualTo("online-sales");
    assertThat(ONLINE_SALES.name()).isEqualTo("Grow online sales 15 % this year");
    assertThat(ONLINE_SALES.description()).contains("Shop revenue, web and app");
    assertThat(BusinessObjective.of("a", "b").description()).isEmpty();
  }

  @Test
  void equalByValue() {
    BusinessObjective same =
        BusinessObjective.builder()
            .id("online-sales")
            .name("Grow online sales 15 % this year")
            .description("Shop revenue, web and app")
            .build();
    assertThat(same).isEqualTo(ONLINE_SALES).hasSameHashCodeAs(ONLINE_SALES);
    assertThat(same.toString()).contains("online-sales");
  }

  @Test
  void refusesBlankParts() {
    assertThatThrownBy(() -> BusinessObjective.of(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank: \" \"");
    assertThatThrownBy(() -> BusinessObjective.of("x", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \"\"");
    assertThatThrownBy(() -> ONLINE_SALES.withDescription("\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("description must not be blank: \"\t\"");
  }
}
