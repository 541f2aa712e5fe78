package dev.socialplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BrandTest {
  private static final Brand GLOW =
      Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C)
          .withMissionStatement("Make skincare simple for busy parents");

  @Test
  void keepsItsParts() {
    assertThat(GLOW.name()).isEqualTo("Glow Cosmetics");
    assertThat(GLOW.industry()).isEqualTo("cosmetics");
    assertThat(GLOW.businessModel()).isEqualTo(BusinessModel.B2C);
    assertThat(GLOW.missionStatement()).contains("Make skincare simple for busy parents");
  }

  @Test
  void equalByValue() {
    Brand same =
        Brand.builder()
            .name("Glow Cosmetics")
            .industry("cosmetics")
            .businessModel(BusinessModel.B2C)
            .missionStatement("Make skincare simple for busy parents")
            .build();
    assertThat(same).isEqualTo(GLOW).hasSameHashCodeAs(GLOW);
    assertThat(same.toString()).contains("Glow Cosmetics");
  }

  @Test
  void refusesBlankName() {
    assertThatThrownBy(() -> Brand.of(" ", "cosmetics", BusinessModel.B2C))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" \"");
  }

  @Test
  void refusesABlankMissionStatement() {
    assertThatThrownBy(
            () ->
                Brand.builder()
                    .name("Glow Cosmetics")
                    .industry("cosmetics")
                    .businessModel(BusinessModel.B2C)
                    .missionStatement("  ")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missionStatement must not be blank: \"  \"");
  }

  @Test
  void refusesMissingModel() {
    assertThatThrownBy(() -> Brand.builder().name("a").industry("b").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("businessModel");
  }
}
