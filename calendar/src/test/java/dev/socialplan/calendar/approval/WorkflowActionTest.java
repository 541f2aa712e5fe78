package dev.socialplan.calendar.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowActionTest {
  private static final Instant T0 = Instant.parse("2026-02-20T09:00:00Z");
  private static final Instant PLANNED = Instant.parse("2026-03-02T01:00:00Z");
  private static final ApprovalPolicy EDITOR = ApprovalPolicy.of(ApprovalTier.anyOf("editor", "ana"));

  private static Instant t(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  private static Set<WorkflowAction> recorded(ApprovalWorkflow w, Set<WorkflowAction> into) {
    w.trail().forEach(e -> into.add(e.action()));
    return into;
  }

  @Test
  void everyActionIsRecordedByExactlyOneTransition() {
    Set<WorkflowAction> actions = EnumSet.noneOf(WorkflowAction.class);
    ApprovalWorkflow draft = ApprovalWorkflow.start("p1", PLANNED, EDITOR);
    ApprovalWorkflow scheduled =
        draft.submit("w", t(0), "")
            .requestChanges("ana", t(1), "")
            .submit("w", t(2), "")
            .approve("ana", t(3), "")
            .reschedule("ops", t(4), PLANNED, "")
            .schedule("ops", t(5), "");
    recorded(scheduled.publish("bot", t(6), ""), actions);
    recorded(scheduled.fail("bot", t(6), ""), actions);
    recorded(scheduled.cancel("ops", t(6), ""), actions);
    recorded(draft.submit("w", t(0), "").reject("ana", t(1), ""), actions);
    recorded(draft.expireIfDue(PLANNED), actions);
    assertThat(actions).isEqualTo(EnumSet.allOf(WorkflowAction.class));
    assertThat(scheduled.trail())
        .extracting(AuditEntry::action)
        .containsExactly(
            WorkflowAction.SUBMIT,
            WorkflowAction.REQUEST_CHANGES,
            WorkflowAction.SUBMIT,
            WorkflowAction.APPROVE,
            WorkflowAction.RESCHEDULE,
            WorkflowAction.SCHEDULE);
  }
}
