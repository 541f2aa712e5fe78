package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApprovalStatusTest {

  @Test
  void fromNotSubmittedToADecision() {
    assertThat(ApprovalStatus.values())
        .containsExactly(
            ApprovalStatus.NOT_SUBMITTED,
            ApprovalStatus.PENDING,
            ApprovalStatus.APPROVED,
            ApprovalStatus.REJECTED);
  }
}
