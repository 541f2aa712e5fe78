package dev.socialplan.calendar.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ApprovalWorkflowTest {
  private static final Instant PLANNED = Instant.parse("2026-03-02T01:00:00Z");
  private static final Instant T0 = Instant.parse("2026-02-20T09:00:00Z");
  private static final ApprovalPolicy THREE_TIERS =
      ApprovalPolicy.of(
          ApprovalTier.anyOf("editor", "ana", "mei"),
          ApprovalTier.allOf("legal", "li", "kai"),
          ApprovalTier.anyOf("brand lead", "ming"));
  private static final ApprovalWorkflow DRAFT = ApprovalWorkflow.start("launch-1", PLANNED, THREE_TIERS);

  private static Instant t(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  private static ApprovalWorkflow fullyApproved() {
    return DRAFT.submit("writer", t(0), "")
        .approve("mei", t(1), "")
        .approve("li", t(2), "")
        .approve("kai", t(3), "")
        .approve("ming", t(4), "go");
  }

  @Test
  void startsAsDraft() {
    assertThat(DRAFT.status()).isEqualTo(PostStatus.DRAFT);
    assertThat(DRAFT.postId()).isEqualTo("launch-1");
    assertThat(DRAFT.plannedTime()).isEqualTo(PLANNED);
    assertThat(DRAFT.policy()).isEqualTo(THREE_TIERS);
    assertThat(DRAFT.trail()).isEmpty();
    assertThat(DRAFT.currentTier()).isEmpty();
    assertThat(DRAFT.pendingApprovers()).isEmpty();
  }

  @Test
  void walksTheTiersInOrder() {
    ApprovalWorkflow inReview = DRAFT.submit("writer", t(0), "ready for review");
    assertThat(inReview.status()).isEqualTo(PostStatus.IN_REVIEW);
    assertThat(inReview.currentTier().map(ApprovalTier::name)).contains("editor");
    assertThat(inReview.pendingApprovers()).containsExactly("ana", "mei");

    ApprovalWorkflow editorDone = inReview.approve("mei", t(1), "");
    assertThat(editorDone.currentTier().map(ApprovalTier::name)).contains("legal");
    assertThat(editorDone.currentTierApprovals()).isEmpty();

    ApprovalWorkflow halfLegal = editorDone.approve("li", t(2), "");
    assertThat(halfLegal.status()).isEqualTo(PostStatus.IN_REVIEW);
    assertThat(halfLegal.currentTier().map(ApprovalTier::name)).contains("legal");
    assertThat(halfLegal.currentTierApprovals()).containsExactly("li");
    assertThat(halfLegal.pendingApprovers()).containsExactly("kai");

    ApprovalWorkflow approved = fullyApproved();
    assertThat(approved.status()).isEqualTo(PostStatus.APPROVED);
    assertThat(approved.currentTier()).isEmpty();
    assertThat(approved.trail())
        .extracting(AuditEntry::action)
        .containsExactly(
            WorkflowAction.SUBMIT,
            WorkflowAction.APPROVE,
            WorkflowAction.APPROVE,
            WorkflowAction.APPROVE,
            WorkflowAction.APPROVE);
    AuditEntry last = approved.trail().get(4);
    assertThat(last.actor()).isEqualTo("ming");
    assertThat(last.at()).isEqualTo(t(4));
    assertThat(last.fromStatus()).isEqualTo(PostStatus.IN_REVIEW);
    assertThat(last.toStatus()).isEqualTo(PostStatus.APPROVED);
    assertThat(last.comment()).contains("go");
    assertThat(approved.trail().get(0).comment()).isEmpty();
  }

  @Test
  void scheduledPostsArePublishedOrFail() {
    ApprovalWorkflow scheduled = fullyApproved().schedule("scheduler", t(5), "");
    assertThat(scheduled.status()).isEqualTo(PostStatus.SCHEDULED);
    assertThat(scheduled.publish("bot", PLANNED, "").status()).isEqualTo(PostStatus.PUBLISHED);
    ApprovalWorkflow failed = scheduled.fail("bot", PLANNED, "token expired");
    assertThat(failed.status()).isEqualTo(PostStatus.FAILED);
    assertThat(failed.trail().get(failed.trail().size() - 1).comment()).contains("token expired");
  }

  @Test
  void changesRequestedGoBackToTheAuthorAndRestartAtTheFirstTier() {
    ApprovalWorkflow sentBack =
        DRAFT.submit("writer", t(0), "")
            .approve("ana", t(1), "")
            .requestChanges("li", t(2), "cite the study");
    assertThat(sentBack.status()).isEqualTo(PostStatus.CHANGES_REQUESTED);
    ApprovalWorkflow resubmitted = sentBack.submit("writer", t(3), "cited");
    assertThat(resubmitted.currentTier().map(ApprovalTier::name)).contains("editor");
  }

  @Test
  void rejectionIsFinal() {
    ApprovalWorkflow rejected = DRAFT.submit("writer", t(0), "").reject("ana", t(1), "off brand");
    assertThat(rejected.status()).isEqualTo(PostStatus.REJECTED);
    assertThatThrownBy(() -> rejected.submit("writer", t(2), ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "post \"launch-1\" cannot go from REJECTED to IN_REVIEW: SUBMIT is allowed from DRAFT, CHANGES_REQUESTED");
  }

  @Test
  void cancelFromEveryOpenState() {
    ApprovalWorkflow inReview = DRAFT.submit("writer", t(0), "");
    ApprovalWorkflow changes = inReview.requestChanges("ana", t(1), "");
    ApprovalWorkflow approved = fullyApproved();
    ApprovalWorkflow scheduled = approved.schedule("s", t(5), "");
    for (ApprovalWorkflow open : new ApprovalWorkflow[] {DRAFT, inReview, changes, approved, scheduled}) {
      assertThat(open.cancel("lead", t(6), "campaign pulled").status()).isEqualTo(PostStatus.CANCELLED);
    }
    ApprovalWorkflow published = scheduled.publish("bot", t(7), "");
    assertThatThrownBy(() -> published.cancel("lead", t(8), ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("post \"launch-1\" cannot go from PUBLISHED to CANCELLED");
  }

  @Test
  void refusesIllegalTransitions() {
    assertThatThrownBy(() -> DRAFT.approve("ana", t(0), ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("post \"launch-1\" cannot go from DRAFT to APPROVED: APPROVE is allowed from IN_REVIEW");
    assertThatThrownBy(() -> DRAFT.schedule("s", t(0), ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("post \"launch-1\" cannot go from DRAFT to SCHEDULED: SCHEDULE is allowed from APPROVED");
    assertThatThrownBy(() -> fullyApproved().publish("bot", t(5), ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("post \"launch-1\" cannot go from APPROVED to PUBLISHED: PUBLISH is allowed from SCHEDULED");
  }

  @Test
  void refusesApproversOutsideTheTierAndDoubleApprovals() {
    ApprovalWorkflow inReview = DRAFT.submit("writer", t(0), "");
    assertThatThrownBy(() -> inReview.approve("li", t(1), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("approver \"li\" is not in tier \"editor\" of post \"launch-1\": [ana, mei]");
    ApprovalWorkflow halfLegal = inReview.approve("ana", t(1), "").approve("li", t(2), "");
    assertThatThrownBy(() -> halfLegal.approve("li", t(3), ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("post \"launch-1\": \"li\" already approved tier \"legal\"");
  }

  @Test
  void refusesTimeGoingBackwards() {
    ApprovalWorkflow inReview = DRAFT.submit("writer", t(5), "");
    assertThatThrownBy(() -> inReview.approve("ana", t(4), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at must not be before the last audit entry 2026-02-20T14:00:00Z: 2026-02-20T13:00:00Z");
  }

  @Test
  void unapprovedPostsExpireAtTheirPlannedTime() {
    ApprovalWorkflow inReview = DRAFT.submit("writer", t(0), "");
    assertThat(inReview.isDueToExpire(PLANNED.minusSeconds(1))).isFalse();
    assertThat(inReview.expireIfDue(PLANNED.minusSeconds(1))).isSameAs(inReview);
    assertThat(inReview.isDueToExpire(PLANNED)).isTrue();
    ApprovalWorkflow expired = inReview.expireIfDue(Clock.fixed(PLANNED.plusSeconds(60), ZoneOffset.UTC));
    assertThat(expired.status()).isEqualTo(PostStatus.EXPIRED);
    AuditEntry entry = expired.trail().get(expired.trail().size() - 1);
    assertThat(entry.actor()).isEqualTo(AuditEntry.SYSTEM_ACTOR);
    assertThat(entry.at()).isEqualTo(PLANNED);
    assertThat(entry.action()).isEqualTo(WorkflowAction.EXPIRE);
    assertThatThrownBy(() -> inReview.approve("ana", PLANNED.plusSeconds(1), ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "post \"launch-1\" cannot go from IN_REVIEW to APPROVED: it expired at 2026-03-02T01:00:00Z,"
                + " not approved by its scheduled time (APPROVE at 2026-03-02T01:00:01Z)");
  }

  @Test
  void approvedPostsDoNotExpire() {
    ApprovalWorkflow approved = fullyApproved();
    assertThat(approved.isDueToExpire(PLANNED.plusSeconds(3600))).isFalse();
    assertThat(approved.expireIfDue(PLANNED.plusSeconds(3600))).isSameAs(approved);
  }

  @Test
  void rescheduleMovesThePlannedTime() {
    ApprovalWorkflow inReview = DRAFT.submit("writer", t(0), "");
    Instant later = PLANNED.plus(Duration.ofDays(7));
    ApprovalWorkflow moved = inReview.reschedule("lead", t(1), later, "waiting for legal");
    assertThat(moved.plannedTime()).isEqualTo(later);
    assertThat(moved.status()).isEqualTo(PostStatus.IN_REVIEW);
    assertThat(moved.isDueToExpire(PLANNED)).isFalse();
  }

  @Test
  void appliesToItsPost() {
    ScheduledPost post =
        ScheduledPost.builder()
            .id("launch-1")
            .platform(Platform.INSTAGRAM)
            .time(PLANNED)
            .content(PostContent.builder()
                .format(PostFormat.IMAGE)
                .purpose(PostPurpose.PROMOTE)
                .build())
            .build();
    ApprovalWorkflow started = ApprovalWorkflow.start(post, THREE_TIERS);
    assertThat(started).isEqualTo(DRAFT).hasSameHashCodeAs(DRAFT);
    assertThat(fullyApproved().applyTo(post).status()).isEqualTo(PostStatus.APPROVED);
    assertThatThrownBy(() -> DRAFT.applyTo(post.withId("other")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("post must be \"launch-1\": \"other\"");
  }

  @Test
  void readable() {
    assertThat(DRAFT.submit("writer", t(0), "").approve("ana", t(1), "").approve("li", t(2), ""))
        .hasToString(
            "ApprovalWorkflow[post \"launch-1\", IN_REVIEW, tier 2/3 \"legal\", approved by [li],"
                + " planned 2026-03-02T01:00:00Z, 3 audit entries]");
  }

  @Test
  void anAuthorCannotApproveTheirOwnPostByDefault() {
    ApprovalWorkflow byAna = DRAFT.submit("ana", t(0), "");
    assertThat(byAna.author()).contains("ana");
    assertThat(byAna.pendingApprovers()).containsExactly("mei");
    assertThatThrownBy(() -> byAna.approve("ana", t(1), "looks good to me"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "approver \"ana\" submitted post \"launch-1\" and may not approve it (four eyes;"
                + " ApprovalPolicy.allowingSelfApproval() allows it)");
    assertThat(byAna.approve("mei", t(1), "").currentTier().map(ApprovalTier::name)).contains("legal");
  }

  @Test
  void anAllOfTierNamingTheAuthorIsSatisfiedByTheOthers() {
    ApprovalWorkflow byLi = DRAFT.submit("li", t(0), "").approve("ana", t(1), "");
    assertThat(byLi.pendingApprovers()).containsExactly("kai");
    assertThatThrownBy(() -> byLi.approve("li", t(2), "")).isInstanceOf(IllegalArgumentException.class);
    ApprovalWorkflow legalDone = byLi.approve("kai", t(2), "");
    assertThat(legalDone.currentTier().map(ApprovalTier::name)).contains("brand lead");
    assertThat(legalDone.approve("ming", t(3), "").status()).isEqualTo(PostStatus.APPROVED);
  }

  @Test
  void aTierOfOnlyTheAuthorRefusesTheSubmission() {
    ApprovalWorkflow solo =
        ApprovalWorkflow.start("tip-1", PLANNED, ApprovalPolicy.of(ApprovalTier.anyOf("owner", "ming")));
    assertThatThrownBy(() -> solo.submit("ming", t(0), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "post \"tip-1\": tier \"owner\" names nobody but its author \"ming\", who may not approve"
                + " their own post (four eyes; ApprovalPolicy.allowingSelfApproval() allows it)");
    assertThat(solo.submit("writer", t(0), "").approve("ming", t(1), "").status())
        .isEqualTo(PostStatus.APPROVED);
  }

  @Test
  void aPolicyAllowingSelfApprovalSaysSoExplicitly() {
    ApprovalPolicy lenient = THREE_TIERS.allowingSelfApproval();
    assertThat(THREE_TIERS.selfApprovalAllowed()).isFalse();
    assertThat(lenient.selfApprovalAllowed()).isTrue();
    assertThat(lenient.tiers()).isEqualTo(THREE_TIERS.tiers());
    assertThat(lenient).isNotEqualTo(THREE_TIERS);
    ApprovalWorkflow byAna = ApprovalWorkflow.start("launch-1", PLANNED, lenient).submit("ana", t(0), "");
    assertThat(byAna.pendingApprovers()).containsExactly("ana", "mei");
    assertThat(byAna.approve("ana", t(1), "").currentTier().map(ApprovalTier::name)).contains("legal");
    // Under self-approval the author counts like anyone else: an all-of tier still needs them.
    ApprovalWorkflow byLi =
        ApprovalWorkflow.start("launch-1", PLANNED, lenient).submit("li", t(0), "").approve("mei", t(1), "");
    assertThat(byLi.approve("kai", t(2), "").pendingApprovers()).containsExactly("li");
    ApprovalWorkflow solo =
        ApprovalWorkflow.start(
            "tip-1", PLANNED, ApprovalPolicy.of(ApprovalTier.anyOf("owner", "ming")).allowingSelfApproval());
    assertThat(solo.submit("ming", t(0), "").approve("ming", t(1), "").status())
        .isEqualTo(PostStatus.APPROVED);
  }

  @Test
  void theAuthorIsWhoeverSubmittedLast() {
    ApprovalWorkflow sentBack =
        DRAFT.submit("ana", t(0), "").requestChanges("mei", t(1), "cite the study");
    assertThat(sentBack.author()).contains("ana");
    ApprovalWorkflow resubmitted = sentBack.submit("mei", t(2), "cited it myself");
    assertThat(resubmitted.author()).contains("mei");
    assertThat(resubmitted.pendingApprovers()).containsExactly("ana");
    assertThat(resubmitted.approve("ana", t(3), "").currentTier().map(ApprovalTier::name)).contains("legal");
    assertThat(DRAFT.author()).isEmpty();
  }

  @Test
  void eachReviewerActionNeedsAPostInReview() {
    ApprovalWorkflow approved = fullyApproved();
    assertThatThrownBy(() -> DRAFT.requestChanges("ana", t(0), ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "post \"launch-1\" cannot go from DRAFT to CHANGES_REQUESTED: REQUEST_CHANGES is allowed from IN_REVIEW");
    assertThatThrownBy(() -> approved.reject("ming", t(5), ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("post \"launch-1\" cannot go from APPROVED to REJECTED: REJECT is allowed from IN_REVIEW");
    assertThatThrownBy(() -> approved.fail("bot", t(5), ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("post \"launch-1\" cannot go from APPROVED to FAILED: FAIL is allowed from SCHEDULED");
    ApprovalWorkflow published = approved.schedule("s", t(5), "").publish("bot", t(6), "");
    assertThatThrownBy(() -> published.reschedule("lead", t(7), PLANNED.plusSeconds(60), ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("post \"launch-1\" cannot go from PUBLISHED to PUBLISHED");
  }

  @Test
  void anAllOfTierNamingTheAuthorStillNeedsEveryOtherApprover() {
    ApprovalPolicy wideLegal =
        ApprovalPolicy.of(ApprovalTier.allOf("legal", "li", "kai", "sam"), ApprovalTier.anyOf("brand lead", "ming"));
    ApprovalWorkflow byLi =
        ApprovalWorkflow.start("launch-1", PLANNED, wideLegal).submit("li", t(0), "").approve("kai", t(1), "");
    assertThat(byLi.currentTier().map(ApprovalTier::name)).contains("legal");
    assertThat(byLi.pendingApprovers()).containsExactly("sam");
    assertThat(byLi.approve("sam", t(2), "").currentTier().map(ApprovalTier::name)).contains("brand lead");
  }

  @Test
  void aPostExpiresNoEarlierThanItsLastAuditEntry() {
    // Rescheduled into the past after the last entry: it expires at once, dated at that entry.
    ApprovalWorkflow inReview = DRAFT.submit("writer", t(0), "");
    ApprovalWorkflow moved = inReview.reschedule("lead", t(2), t(1), "");
    ApprovalWorkflow expired = moved.expireIfDue(t(3));
    assertThat(expired.status()).isEqualTo(PostStatus.EXPIRED);
    assertThat(expired.trail().get(expired.trail().size() - 1).at()).isEqualTo(t(2));
  }

  @Test
  void equalByEveryField() {
    ApprovalWorkflow inReview = DRAFT.submit("writer", t(0), "");
    new EqualsTester()
        .addEqualityGroup(DRAFT, ApprovalWorkflow.start("launch-1", PLANNED, THREE_TIERS))
        .addEqualityGroup(ApprovalWorkflow.start("launch-2", PLANNED, THREE_TIERS))
        .addEqualityGroup(ApprovalWorkflow.start("launch-1", PLANNED.plusSeconds(1), THREE_TIERS))
        .addEqualityGroup(ApprovalWorkflow.start("launch-1", PLANNED, THREE_TIERS.allowingSelfApproval()))
        .addEqualityGroup(inReview, DRAFT.submit("writer", t(0), ""))
        .addEqualityGroup(DRAFT.submit("writer", t(0), "note"))
        .addEqualityGroup(inReview.approve("ana", t(1), ""))
        .addEqualityGroup(inReview.approve("ana", t(1), "").approve("li", t(2), ""))
        .addEqualityGroup(inReview.reschedule("lead", t(1), PLANNED.plusSeconds(60), ""))
        .testEquals();
    assertThat(DRAFT.hashCode()).isNotEqualTo(inReview.hashCode());
    assertThat(DRAFT.hashCode())
        .isNotEqualTo(ApprovalWorkflow.start("launch-2", PLANNED, THREE_TIERS).hashCode());
  }
}
