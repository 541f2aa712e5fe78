package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StrengthTest {
  @Test
  void everyStrengthBelongsToSomeStandardPlatform() {
    Set<Strength> used =
        PlatformCatalog.standard().profiles().stream()
            .flatMap(p -> p.strengths().stream())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Strength.class)));
    assertThat(used).containsExactlyInAnyOrder(Strength.values());
  }

  @Test
  void theStrengthsOfTheSpecAreThere() {
    assertThat(Strength.values())
        .contains(
            Strength.VISUAL,
            Strength.CUSTOMER_SERVICE,
            Strength.B2B,
            Strength.GROUPS_AND_COMMUNITY,
            Strength.SHORT_VIDEO,
            Strength.LIVE,
            Strength.SHOPPING,
            Strength.AR_EFFECTS,
            Strength.LONG_VIDEO,
            Strength.SEARCH_AND_DISCOVERY);
    assertThat(Strength.valueOf("TRENDS")).isEqualTo(Strength.TRENDS);
  }
}
