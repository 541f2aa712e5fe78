package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSourceTest {

  @Test
  void hasTheThreeSourcesOfTheRuleOfThirdsAnd532() {
    assertThat(ContentSource.values())
        .containsExactly(ContentSource.ORIGINAL, ContentSource.CURATED, ContentSource.PERSONAL);
  }
}
