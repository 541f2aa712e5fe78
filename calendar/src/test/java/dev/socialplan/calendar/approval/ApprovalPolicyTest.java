package dev.socialplan.calendar.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {
  private static final ApprovalTier EDITOR = ApprovalTier.anyOf("editor", "ana", "mei");
  private static final ApprovalTier LEGAL = ApprovalTier.allOf("legal", "li", "kai");
  private static final ApprovalTier LEAD = ApprovalTier.anyOf("brand lead", "ming");

  @Test
  void keepsTiersInOrder() {
    ApprovalPolicy policy = ApprovalPolicy.of(EDITOR, LEGAL, LEAD);
    assertThat(policy.tiers()).containsExactly(EDITOR, LEGAL, LEAD);
    assertThat(policy.size()).isEqualTo(3);
    assertThat(policy.tier(1)).isEqualTo(LEGAL);
    assertThat(ApprovalPolicy.of(EDITOR)).isEqualTo(ApprovalPolicy.of(EDITOR));
  }

  @Test
  void refusesNoTiersOrMoreThanThree() {
    assertThatThrownBy(ApprovalPolicy::of)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers must number 1 to 3: 0");
    assertThatThrownBy(
            () -> ApprovalPolicy.of(EDITOR, LEGAL, LEAD, ApprovalTier.anyOf("ceo", "boss")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers must number 1 to 3: 4");
  }

  @Test
  void refusesDuplicateTierNames() {
    assertThatThrownBy(() -> ApprovalPolicy.of(EDITOR, ApprovalTier.anyOf("editor", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers must have distinct names: \"editor\"");
  }
}
