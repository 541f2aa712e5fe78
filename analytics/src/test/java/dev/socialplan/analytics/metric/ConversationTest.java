package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConversationTest {
  @Test
  void commentsPerPostAndPerThousandFollowers() {
    assertThat(Conversation.perPost(90, 30).value()).hasValue(3.0);
    assertThat(Conversation.perThousandFollowers(90, 25_000).value().getAsDouble())
        .isCloseTo(3.6, within(1e-9));
  }

  @Test
  void undefinedWithoutPostsOrFollowers() {
    assertThat(Conversation.perPost(90, 0).isDefined()).isFalse();
    assertThat(Conversation.perThousandFollowers(90, 0).isDefined()).isFalse();
  }

  @Test
  void refusesNegativeComments() {
    assertThatThrownBy(() -> Conversation.perThousandFollowers(-4, 3))
        .hasMessage("comments must not be negative: -4");
  }
}
