package dev.socialplan.calendar.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalModeTest {
  private static final List<String> LEGAL = List.of("li", "kai");

  @Test
  void modesDifferOnAPartialApproval() {
    ApprovalTier any = ApprovalTier.of("legal", ApprovalMode.ANY_OF, LEGAL);
    ApprovalTier all = ApprovalTier.of("legal", ApprovalMode.ALL_OF, LEGAL);
    assertThat(any.isSatisfiedBy(Set.of("li"))).isTrue();
    assertThat(all.isSatisfiedBy(Set.of("li"))).isFalse();
    assertThat(any.isSatisfiedBy(Set.of("li", "kai"))).isEqualTo(all.isSatisfiedBy(Set.of("li", "kai")));
  }

  @Test
  void singleApproverTiersBehaveTheSameInBothModes() {
    ApprovalTier any = ApprovalTier.of("lead", ApprovalMode.ANY_OF, List.of("ming"));
    ApprovalTier all = ApprovalTier.of("lead", ApprovalMode.ALL_OF, List.of("ming"));
    for (Set<String> approvals : List.of(Set.<String>of(), Set.of("ming"), Set.of("ana"))) {
      assertThat(any.isSatisfiedBy(approvals)).isEqualTo(all.isSatisfiedBy(approvals));
    }
  }
}
