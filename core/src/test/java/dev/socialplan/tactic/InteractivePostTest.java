package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InteractivePostTest {

  @Test
  void questionsQuizzesAndPolls() {
    assertThat(InteractivePost.values())
        .containsExactly(InteractivePost.QUESTION, InteractivePost.QUIZ, InteractivePost.POLL);
  }
}
