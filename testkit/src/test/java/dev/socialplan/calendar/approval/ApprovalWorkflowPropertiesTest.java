package dev.socialplan.calendar.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.calendar.PostStatus;
import dev.socialplan.testkit.generators.CalendarGenerators;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Workflow invariants over generated workflows. Each property looks at the workflows in the states it
 * is about; {@code CalendarGeneratorsTest} shows the generator reaches every state.
 */
class ApprovalWorkflowPropertiesTest {

  @Test
  void trailsAreConsistentChainsInTimeOrder() {
    qt().forAll(CalendarGenerators.approvalWorkflows())
        .checkAssert(
            w -> {
              List<AuditEntry> trail = w.trail();
              PostStatus status = PostStatus.DRAFT;
              for (int i = 0; i < trail.size(); i++) {
                AuditEntry entry = trail.get(i);
                assertThat(entry.fromStatus()).isEqualTo(status);
                status = entry.toStatus();
                if (i > 0) {
                  assertThat(entry.at()).isAfterOrEqualTo(trail.get(i - 1).at());
                }
              }
              assertThat(status).isEqualTo(w.status());
            });
  }

  @Test
  void approvedOnlyAfterEveryTierWasSatisfied() {
    qt().forAll(CalendarGenerators.approvalWorkflows())
        .checkAssert(
            w -> {
              if (!w.status().isApproved()) {
                return;
              }
              // Replay the approvals since the last submission, tier by tier.
              List<AuditEntry> trail = w.trail();
              int lastSubmit = 0;
              for (int i = 0; i < trail.size(); i++) {
                if (trail.get(i).action() == WorkflowAction.SUBMIT) {
                  lastSubmit = i;
                }
              }
              String author = trail.get(lastSubmit).actor();
              int tier = 0;
              Set<String> approvals = new HashSet<>();
              for (AuditEntry entry : trail.subList(lastSubmit, trail.size())) {
                if (entry.action() != WorkflowAction.APPROVE) {
                  continue;
                }
                ApprovalTier current = w.policy().tier(tier);
                assertThat(current.includes(entry.actor())).isTrue();
                approvals.add(entry.actor());
                // Under four eyes an all-of tier naming the author is satisfied by the others.
                Set<String> counted = new HashSet<>(approvals);
                if (!w.policy().selfApprovalAllowed() && current.mode() == ApprovalMode.ALL_OF) {
                  counted.add(author);
                }
                if (current.isSatisfiedBy(counted)) {
                  tier++;
                  approvals.clear();
                }
              }
              assertThat(tier).isEqualTo(w.policy().size());
            });
  }

  @Test
  void finalStatesRefuseEveryTransition() {
    qt().forAll(CalendarGenerators.approvalWorkflows())
        .checkAssert(
            w -> {
              if (w.status().isOpen()) {
                return;
              }
              Instant later = w.plannedTime().plus(Duration.ofDays(400));
              assertThatThrownBy(() -> w.cancel("ops", later, ""))
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining(w.postId())
                  .hasMessageContaining(w.status().name());
              assertThatThrownBy(() -> w.submit("writer", later, "")).isInstanceOf(IllegalStateException.class);
              assertThatThrownBy(() -> w.publish("bot", later, "")).isInstanceOf(IllegalStateException.class);
              assertThat(w.expireIfDue(later)).isSameAs(w);
            });
  }

  @Test
  void unapprovedPostsExpireAtTheirPlannedTimeAndOnlyThen() {
    qt().forAll(CalendarGenerators.approvalWorkflows())
        .checkAssert(
            w -> {
              if (w.status().isFinal()) {
                return;
              }
              Instant last = w.trail().isEmpty() ? w.plannedTime() : w.trail().get(w.trail().size() - 1).at();
              Instant due = last.isAfter(w.plannedTime()) ? last : w.plannedTime();
              ApprovalWorkflow evaluated = w.expireIfDue(due);
              if (w.status().isApproved()) {
                assertThat(evaluated).isSameAs(w);
              } else {
                assertThat(evaluated.status()).isEqualTo(PostStatus.EXPIRED);
                assertThat(evaluated.trail()).hasSize(w.trail().size() + 1);
              }
              if (w.plannedTime().isAfter(last)) {
                assertThat(w.expireIfDue(w.plannedTime().minusNanos(1))).isSameAs(w);
              }
            });
  }

  @Test
  void underFourEyesNobodyApprovesTheirOwnSubmission() {
    qt().forAll(CalendarGenerators.approvalWorkflows())
        .checkAssert(
            w -> {
              String author = null;
              for (AuditEntry entry : w.trail()) {
                if (entry.action() == WorkflowAction.SUBMIT) {
                  author = entry.actor();
                } else if (entry.action() == WorkflowAction.APPROVE && !w.policy().selfApprovalAllowed()) {
                  assertThat(entry.actor()).isNotEqualTo(author);
                }
              }
              if (w.status() == PostStatus.IN_REVIEW && !w.policy().selfApprovalAllowed()) {
                assertThat(w.pendingApprovers()).doesNotContain(w.author().orElseThrow());
              }
            });
  }
}
