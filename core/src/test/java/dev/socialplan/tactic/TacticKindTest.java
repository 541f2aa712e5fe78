package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TacticKindTest {

  @Test
  void oneKindPerTrendOfTheArticle() {
    assertThat(TacticKind.values())
        .containsExactly(
            TacticKind.SHORT_VIDEO,
            TacticKind.COMMUNITY,
            TacticKind.INFLUENCER,
            TacticKind.LIVE_STREAM,
            TacticKind.USER_GENERATED_CONTENT,
            TacticKind.SOCIAL_COMMERCE,
            TacticKind.AR_EFFECT,
            TacticKind.PURPOSE_DRIVEN);
  }
}
