package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.platform.Platform;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArEffectTest {
  private static final ArEffect TRY_ON = ArEffect.of("glow try-on filter", Platform.SNAPCHAT);

  @Test
  void keepsItsParts() {
    assertThat(TRY_ON.name()).isEqualTo("glow try-on filter");
    assertThat(TRY_ON.platform()).isEqualTo(Platform.SNAPCHAT);
    assertThat(TRY_ON.platforms()).isEqualTo(Set.of(Platform.SNAPCHAT));
    assertThat(TRY_ON.kind()).isEqualTo(TacticKind.AR_EFFECT);
  }

  @Test
  void equalByValue() {
    assertThat(ArEffect.of("glow try-on filter", Platform.SNAPCHAT))
        .isEqualTo(TRY_ON)
        .hasSameHashCodeAs(TRY_ON)
        .isNotEqualTo(ArEffect.of("glow try-on filter", Platform.TIKTOK));
    assertThat(TRY_ON.toString()).contains("glow try-on filter");
  }
}
