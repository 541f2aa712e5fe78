package dev.socialplan.calendar.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

  @Test
  void fourEyesByDefaultSelfApprovalOnlyWhenAllowed() {
    ApprovalPolicy fourEyes = ApprovalPolicy.of(EDITOR);
    assertThat(fourEyes.selfApprovalAllowed()).isFalse();
    assertThat(new ApprovalPolicy(List.of(EDITOR)).selfApprovalAllowed()).isFalse();
    assertThat(fourEyes.admits("ana", "mei")).isTrue();
    assertThat(fourEyes.admits("ana", "ana")).isFalse();
    ApprovalPolicy lenient = fourEyes.allowingSelfApproval();
    assertThat(lenient.selfApprovalAllowed()).isTrue();
    assertThat(lenient.admits("ana", "ana")).isTrue();
    assertThat(lenient).isEqualTo(new ApprovalPolicy(List.of(EDITOR), true)).isNotEqualTo(fourEyes);
    assertThat(lenient.hashCode()).isEqualTo(new ApprovalPolicy(List.of(EDITOR), true).hashCode());
  }
}
