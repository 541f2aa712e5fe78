package dev.socialplan.calendar.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ApprovalTierTest {
  private static final ApprovalTier EDITORS = ApprovalTier.anyOf("editor", "mei", "ana");
  private static final ApprovalTier LEGAL = ApprovalTier.allOf("legal", "li", "kai");

  @Test
  void keepsApproversSorted() {
    assertThat(EDITORS.name()).isEqualTo("editor");
    assertThat(EDITORS.mode()).isEqualTo(ApprovalMode.ANY_OF);
    assertThat(EDITORS.approvers()).containsExactly("ana", "mei");
    assertThat(EDITORS.includes("mei")).isTrue();
    assertThat(EDITORS.includes("li")).isFalse();
  }

  @Test
  void anyOfNeedsOneApprover() {
    assertThat(EDITORS.isSatisfiedBy(Set.of())).isFalse();
    assertThat(EDITORS.isSatisfiedBy(Set.of("mei"))).isTrue();
    assertThat(EDITORS.isSatisfiedBy(Set.of("li"))).isFalse();
  }

  @Test
  void allOfNeedsEveryApprover() {
    assertThat(LEGAL.mode()).isEqualTo(ApprovalMode.ALL_OF);
    assertThat(LEGAL.isSatisfiedBy(Set.of("li"))).isFalse();
    assertThat(LEGAL.isSatisfiedBy(Set.of("li", "kai"))).isTrue();
    assertThat(LEGAL.isSatisfiedBy(Set.of("li", "kai", "ana"))).isTrue();
  }

  @Test
  void equalByValue() {
    assertThat(ApprovalTier.of("legal", ApprovalMode.ALL_OF, List.of("kai", "li", "kai")))
        .isEqualTo(LEGAL)
        .hasSameHashCodeAs(LEGAL);
  }

  @Test
  void refusesEmptyOrBlank() {
    assertThatThrownBy(() -> ApprovalTier.anyOf("legal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("approvers of tier \"legal\" must not be empty: []");
    assertThatThrownBy(() -> ApprovalTier.anyOf(" ", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" \"");
    assertThatThrownBy(() -> new ApprovalTier("x", ApprovalMode.ANY_OF, new TreeSet<>(Set.of(""))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("approvers must not be blank: \"\"");
  }

  @Test
  void factoriesNameTheirMode() {
    // Built here, not in a static field, so that the factories run under test.
    assertThat(ApprovalTier.allOf("legal", "li", "kai").mode()).isEqualTo(ApprovalMode.ALL_OF);
    assertThat(ApprovalTier.anyOf("editor", "mei").mode()).isEqualTo(ApprovalMode.ANY_OF);
    assertThat(ApprovalTier.allOf("legal", "li", "kai")).isEqualTo(LEGAL);
  }
}
