package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SocialCommerceTest {
  private static final SocialCommerce SHOP =
      SocialCommerce.of("Instagram shop", Platform.INSTAGRAM, "Glow Shop");

  @Test
  void keepsItsParts() {
    assertThat(SHOP.name()).isEqualTo("Instagram shop");
    assertThat(SHOP.platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(SHOP.platforms()).isEqualTo(Set.of(Platform.INSTAGRAM));
    assertThat(SHOP.shopName()).isEqualTo("Glow Shop");
    assertThat(SHOP.kind()).isEqualTo(TacticKind.SOCIAL_COMMERCE);
  }

  @Test
  void equalByValue() {
    assertThat(SocialCommerce.of("Instagram shop", Platform.INSTAGRAM, "Glow Shop"))
        .isEqualTo(SHOP)
        .hasSameHashCodeAs(SHOP)
        .isNotEqualTo(SocialCommerce.of("Instagram shop", Platform.FACEBOOK, "Glow Shop"));
  }

  @Test
  void refusesBlankShop() {
    assertThatThrownBy(() -> SocialCommerce.of("shop", Platform.TIKTOK, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shopName must not be blank: \"\"");
  }
}
