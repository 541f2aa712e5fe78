package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.platform.Platform;
import dev.socialplan.testkit.generators.ContentGenerators;
import org.junit.jupiter.api.Test;

class ContentStrategyPropertiesTest {

  @Test
  void copiesAreEqualAndKeywordsComeFromTheSetsOfThePlatform() {
    qt().forAll(ContentGenerators.strategies(6))
        .checkAssert(
            strategy -> {
              assertThat(ContentStrategy.builder().from(strategy).build()).isEqualTo(strategy);
              for (Platform p : Platform.wellKnown()) {
                assertThat(strategy.keywordsFor(p))
                    .allMatch(
                        k ->
                            strategy.keywordSets().stream()
                                .anyMatch(s -> s.platform().equals(p) && s.keywords().contains(k)));
              }
              for (ContentPillar pillar : strategy.pillars()) {
                assertThat(pillar.colour()).matches("#[0-9A-F]{6}");
                assertThat(strategy.pillar(pillar.name())).isPresent();
              }
            });
  }
}
