package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.platform.recommendation.PlatformScore;
import dev.socialplan.validation.MessageBundle;
import java.util.EnumSet;
import java.util.Locale;
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
  void everyStrengthIsNamedInTheRecommendersExplanationsInBothLanguages() {
    MessageBundle explanations =
        MessageBundle.of("dev.socialplan.platform.recommendation.explanations", PlatformScore.class);
    for (Strength s : Strength.values()) {
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.TAIWAN}) {
        assertThat(explanations.text("strength." + s.name(), locale))
            .as("%s in %s", s, locale)
            .hasValueSatisfying(label -> assertThat(label).isNotBlank());
      }
    }
  }
}
