package dev.socialplan.calendar.approval;

import static dev.socialplan.calendar.PostStatus.APPROVED;
import static dev.socialplan.calendar.PostStatus.CANCELLED;
import static dev.socialplan.calendar.PostStatus.CHANGES_REQUESTED;
import static dev.socialplan.calendar.PostStatus.DRAFT;
import static dev.socialplan.calendar.PostStatus.EXPIRED;
import static dev.socialplan.calendar.PostStatus.FAILED;
import static dev.socialplan.calendar.PostStatus.IN_REVIEW;
import static dev.socialplan.calendar.PostStatus.PUBLISHED;
import static dev.socialplan.calendar.PostStatus.REJECTED;
import static dev.socialplan.calendar.PostStatus.SCHEDULED;

import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.internal.Checks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The approval state of one post, with its audit trail. Immutable: every transition returns
 * a new workflow with one more {@link AuditEntry}.
 *
 * <pre>
 * DRAFT ──submit──▶ IN_REVIEW ──approve (every tier in turn)──▶ APPROVED ──schedule──▶ SCHEDULED
 *   ▲                │   │                                                   │ publish ▶ PUBLISHED
 *   │ CHANGES_REQUESTED ◀─requestChanges   └─reject──▶ REJECTED               └ fail    ▶ FAILED
 *   └─ (submit again) ┘
 * cancel: DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED ──▶ CANCELLED
 * expireIfDue: DRAFT, IN_REVIEW, CHANGES_REQUESTED at or after the planned time ──▶ EXPIRED
 * </pre>
 *
 * <p><b>Tiers.</b> In review, approvals count towards the current tier of the {@link
 * ApprovalPolicy}; when the tier is satisfied (one approver for {@link ApprovalMode#ANY_OF}, all
 * for {@link ApprovalMode#ALL_OF}) the next tier starts, and after the last the post is {@link
 * PostStatus#APPROVED}. Changes requested send the post back to the author; submitting again starts
 * over at the first tier.
 *
 * <p><b>Four eyes.</b> The {@linkplain #author() author} is whoever last submitted the post. Unless
 * the policy {@linkplain ApprovalPolicy#allowingSelfApproval() allows self-approval}, the author
 * cannot approve it ({@code approve} throws {@link IllegalArgumentException}), an {@link
 * ApprovalMode#ALL_OF} tier that names the author is satisfied by its other approvers, and
 * submitting is refused when a tier names nobody but the author, since nobody could approve it.
 *
 * <p><b>Expiry.</b> A post not approved by its planned time expires. Time is never read from the
 * system: {@link #expireIfDue(Instant)} (or {@link #expireIfDue(Clock)}) records the expiry, and any
 * other transition at or after the planned time of a post that is still unapproved is refused,
 * because the post has already expired.
 *
 * <p><b>Errors.</b> A transition not allowed from the current status throws {@link
 * IllegalStateException} naming the post, the current status and the status the action leads to
 * ({@code post "p1" cannot go from DRAFT to APPROVED: APPROVE is allowed from IN_REVIEW}). An
 * approver outside the current tier, a blank actor and a time before the last audit entry throw
 * {@link IllegalArgumentException}.
 *
 * <p>Comments are optional: pass {@code ""} for none. This class is immutable and thread-safe.
 */
public final class ApprovalWorkflow {

  private final String postId;
  private final ApprovalPolicy policy;
  private final Instant plannedTime;
  private final PostStatus status;
  private final int tier;
  private final SortedSet<String> tierApprovals;
  private final List<AuditEntry> trail;

  private ApprovalWorkflow(
      String postId,
      ApprovalPolicy policy,
      Instant plannedTime,
      PostStatus status,
      int tier,
      SortedSet<String> tierApprovals,
      List<AuditEntry> trail) {
    this.postId = postId;
    this.policy = policy;
    this.plannedTime = plannedTime;
    this.status = status;
    this.tier = tier;
    this.tierApprovals = tierApprovals;
    this.trail = trail;
  }

  /**
   * Starts the workflow of a post, as a {@link PostStatus#DRAFT} with an empty trail.
   *
   * @param postId the post's id, not blank
   * @param plannedTime when the post is planned to go out; unapproved, it expires then
   * @param policy who must approve it
   * @return the workflow
   * @throws IllegalArgumentException if the post id is blank
   */
  public static ApprovalWorkflow start(String postId, Instant plannedTime, ApprovalPolicy policy) {
    Checks.notNull(postId, "postId");
    Checks.notNull(plannedTime, "plannedTime");
    Checks.notNull(policy, "policy");
    Checks.nonBlank(postId, "postId");
    return new ApprovalWorkflow(
        postId, policy, plannedTime, DRAFT, 0, Collections.emptySortedSet(), List.of());
  }

  /**
   * Starts the workflow of a scheduled post, using its id and time.
   *
   * @param post the post
   * @param policy who must approve it
   * @return the workflow, a {@link PostStatus#DRAFT}
   */
  public static ApprovalWorkflow start(ScheduledPost post, ApprovalPolicy policy) {
    Checks.notNull(post, "post");
    return start(post.id(), post.time(), policy);
  }

  /**
   * Returns the post's id.
   *
   * @return the id
   */
  public String postId() {
    return postId;
  }

  /**
   * Returns the approval policy.
   *
   * @return the policy
   */
  public ApprovalPolicy policy() {
    return policy;
  }

  /**
   * Returns when the post is planned to go out.
   *
   * @return the planned time
   */
  public Instant plannedTime() {
    return plannedTime;
  }

  /**
   * Returns the current status.
   *
   * @return the status
   */
  public PostStatus status() {
    return status;
  }

  /**
   * Returns the tier waiting for approval, while the post is in review.
   *
   * @return the current tier; empty unless the status is {@link PostStatus#IN_REVIEW}
   */
  public Optional<ApprovalTier> currentTier() {
    return status == IN_REVIEW ? Optional.of(policy.tier(tier)) : Optional.empty();
  }

  /**
   * Returns who has approved the current tier so far.
   *
   * @return the approvers' ids, sorted; empty unless in review
   */
  public SortedSet<String> currentTierApprovals() {
    return tierApprovals;
  }

  /**
   * Returns who can still approve the current tier.
   *
   * @return the current tier's approvers who have not approved, sorted; empty unless in review
   */
  public SortedSet<String> pendingApprovers() {
    if (status != IN_REVIEW) {
      return Collections.emptySortedSet();
    }
    TreeSet<String> pending = new TreeSet<>(policy.tier(tier).approvers());
    pending.removeAll(tierApprovals);
    author().filter(a -> !policy.selfApprovalAllowed()).ifPresent(pending::remove);
    return Collections.unmodifiableSortedSet(pending);
  }

  /**
   * Returns who submitted the post for review most recently.
   *
   * @return the author; empty before the first submission
   */
  public Optional<String> author() {
    for (int i = trail.size() - 1; i >= 0; i--) {
      if (trail.get(i).action() == WorkflowAction.SUBMIT) {
        return Optional.of(trail.get(i).actor());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the audit trail, oldest first.
   *
   * @return the entries, unmodifiable
   */
  public List<AuditEntry> trail() {
    return trail;
  }

  /**
   * Tells whether the post would expire at an instant: it is not approved (draft, in review or
   * changes requested) and the instant is at or after its planned time.
   *
   * @param now the instant to evaluate at
   * @return true if the post is due to expire
   */
  public boolean isDueToExpire(Instant now) {
    Checks.notNull(now, "now");
    return isUnapproved() && !now.isBefore(plannedTime);
  }

  /**
   * Submits the post for review, starting at the first tier.
   *
   * @param author who submits
   * @param at when
   * @param comment a comment, or {@code ""} for none
   * @return the workflow in review
   * @throws IllegalStateException unless the post is a draft or has changes requested
   * @throws IllegalArgumentException if the author is blank, or if the policy does not allow
   *     self-approval and a tier names nobody but the author
   */
  public ApprovalWorkflow submit(String author, Instant at, String comment) {
    require(WorkflowAction.SUBMIT, IN_REVIEW, at, EnumSet.of(DRAFT, CHANGES_REQUESTED));
    Checks.nonBlank(author, "author");
    for (ApprovalTier t : policy.tiers()) {
      if (t.approvers().stream().noneMatch(a -> policy.admits(a, author))) {
        throw new IllegalArgumentException(
            "post \"" + postId + "\": tier \"" + t.name() + "\" names nobody but its author \""
                + author + "\", who may not approve their own post (four eyes; "
                + "ApprovalPolicy.allowingSelfApproval() allows it)");
      }
    }
    return next(author, at, WorkflowAction.SUBMIT, comment, IN_REVIEW, 0, Collections.emptySortedSet(), plannedTime);
  }

  /**
   * Records an approval for the current tier. When the tier is satisfied the next tier starts; after
   * the last tier the post is approved.
   *
   * @param approver who approves, one of the current tier's approvers
   * @param at when
   * @param comment a comment, or {@code ""} for none
   * @return the workflow, still in review or approved
   * @throws IllegalStateException unless the post is in review, or if the approver already approved
   *     this tier
   * @throws IllegalArgumentException if the approver is not in the current tier, or is the post's
   *     author and the policy does not allow self-approval
   */
  public ApprovalWorkflow approve(String approver, Instant at, String comment) {
    require(WorkflowAction.APPROVE, APPROVED, at, EnumSet.of(IN_REVIEW));
    ApprovalTier current = requireInTier(approver);
    Optional<String> author = author();
    if (author.isPresent() && !policy.admits(approver, author.get())) {
      throw new IllegalArgumentException(
          "approver \"" + approver + "\" submitted post \"" + postId
              + "\" and may not approve it (four eyes; ApprovalPolicy.allowingSelfApproval() allows it)");
    }
    if (tierApprovals.contains(approver)) {
      throw new IllegalStateException(
          "post \"" + postId + "\": \"" + approver + "\" already approved tier \"" + current.name() + "\"");
    }
    TreeSet<String> approvals = new TreeSet<>(tierApprovals);
    approvals.add(approver);
    if (!isSatisfied(current, approvals, author)) {
      return next(approver, at, WorkflowAction.APPROVE, comment, IN_REVIEW, tier,
          Collections.unmodifiableSortedSet(approvals), plannedTime);
    }
    if (tier + 1 < policy.size()) {
      return next(approver, at, WorkflowAction.APPROVE, comment, IN_REVIEW, tier + 1,
          Collections.emptySortedSet(), plannedTime);
    }
    return next(approver, at, WorkflowAction.APPROVE, comment, APPROVED, 0,
        Collections.emptySortedSet(), plannedTime);
  }

  /**
   * Sends the post back to its author.
   *
   * @param approver who asks for changes, one of the current tier's approvers
   * @param at when
   * @param comment what to change, or {@code ""}
   * @return the workflow with changes requested
   * @throws IllegalStateException unless the post is in review
   * @throws IllegalArgumentException if the approver is not in the current tier
   */
  public ApprovalWorkflow requestChanges(String approver, Instant at, String comment) {
    require(WorkflowAction.REQUEST_CHANGES, CHANGES_REQUESTED, at, EnumSet.of(IN_REVIEW));
    requireInTier(approver);
    return next(approver, at, WorkflowAction.REQUEST_CHANGES, comment, CHANGES_REQUESTED, 0,
        Collections.emptySortedSet(), plannedTime);
  }

  /**
   * Refuses the post; final.
   *
   * @param approver who refuses, one of the current tier's approvers
   * @param at when
   * @param comment why, or {@code ""}
   * @return the rejected workflow
   * @throws IllegalStateException unless the post is in review
   * @throws IllegalArgumentException if the approver is not in the current tier
   */
  public ApprovalWorkflow reject(String approver, Instant at, String comment) {
    require(WorkflowAction.REJECT, REJECTED, at, EnumSet.of(IN_REVIEW));
    requireInTier(approver);
    return next(approver, at, WorkflowAction.REJECT, comment, REJECTED, 0,
        Collections.emptySortedSet(), plannedTime);
  }

  /**
   * Queues the approved post for publishing at its planned time.
   *
   * @param actor who schedules
   * @param at when
   * @param comment a comment, or {@code ""}
   * @return the scheduled workflow
   * @throws IllegalStateException unless the post is approved
   */
  public ApprovalWorkflow schedule(String actor, Instant at, String comment) {
    require(WorkflowAction.SCHEDULE, SCHEDULED, at, EnumSet.of(APPROVED));
    return next(actor, at, WorkflowAction.SCHEDULE, comment, SCHEDULED, 0,
        Collections.emptySortedSet(), plannedTime);
  }

  /**
   * Moves the planned time of an open post; the status and tier progress are kept.
   *
   * @param actor who moves it
   * @param at when
   * @param newPlannedTime the new planned time
   * @param comment a comment, or {@code ""}
   * @return the workflow with the new planned time
   * @throws IllegalStateException if the post is no longer open
   */
  public ApprovalWorkflow reschedule(String actor, Instant at, Instant newPlannedTime, String comment) {
    Checks.notNull(newPlannedTime, "newPlannedTime");
    require(WorkflowAction.RESCHEDULE, status, at,
        EnumSet.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED));
    return next(actor, at, WorkflowAction.RESCHEDULE, comment, status, tier, tierApprovals, newPlannedTime);
  }

  /**
   * Records that the post was published; final.
   *
   * @param actor who (or which system) published it
   * @param at when
   * @param comment a comment, or {@code ""}
   * @return the published workflow
   * @throws IllegalStateException unless the post is scheduled
   */
  public ApprovalWorkflow publish(String actor, Instant at, String comment) {
    require(WorkflowAction.PUBLISH, PUBLISHED, at, EnumSet.of(SCHEDULED));
    return next(actor, at, WorkflowAction.PUBLISH, comment, PUBLISHED, 0,
        Collections.emptySortedSet(), plannedTime);
  }

  /**
   * Records that publishing failed; final.
   *
   * @param actor who (or which system) tried
   * @param at when
   * @param reason why it failed, or {@code ""}
   * @return the failed workflow
   * @throws IllegalStateException unless the post is scheduled
   */
  public ApprovalWorkflow fail(String actor, Instant at, String reason) {
    require(WorkflowAction.FAIL, FAILED, at, EnumSet.of(SCHEDULED));
    return next(actor, at, WorkflowAction.FAIL, reason, FAILED, 0, Collections.emptySortedSet(), plannedTime);
  }

  /**
   * Withdraws an open post; final.
   *
   * @param actor who cancels
   * @param at when
   * @param comment why, or {@code ""}
   * @return the cancelled workflow
   * @throws IllegalStateException if the post is no longer open
   */
  public ApprovalWorkflow cancel(String actor, Instant at, String comment) {
    require(WorkflowAction.CANCEL, CANCELLED, at,
        EnumSet.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED));
    return next(actor, at, WorkflowAction.CANCEL, comment, CANCELLED, 0,
        Collections.emptySortedSet(), plannedTime);
  }

  /**
   * Expires the post if it is not approved and its planned time has come; otherwise returns this
   * workflow unchanged. The audit entry is dated at the planned time, when the post expired, by
   * {@link AuditEntry#SYSTEM_ACTOR}.
   *
   * @param now the instant to evaluate at
   * @return the expired workflow, or this one
   */
  public ApprovalWorkflow expireIfDue(Instant now) {
    if (!isDueToExpire(now)) {
      return this;
    }
    Instant expiredAt = plannedTime;
    if (!trail.isEmpty() && trail.get(trail.size() - 1).at().isAfter(expiredAt)) {
      expiredAt = trail.get(trail.size() - 1).at();
    }
    return next(AuditEntry.SYSTEM_ACTOR, expiredAt, WorkflowAction.EXPIRE, "", EXPIRED, 0,
        Collections.emptySortedSet(), plannedTime);
  }

  /**
   * Expires the post if it is due at the clock's current instant; see {@link
   * #expireIfDue(Instant)}.
   *
   * @param clock the clock to read, passed in by the caller
   * @return the expired workflow, or this one
   */
  public ApprovalWorkflow expireIfDue(Clock clock) {
    Checks.notNull(clock, "clock");
    return expireIfDue(clock.instant());
  }

  /**
   * Returns a post with this workflow's status and planned time.
   *
   * @param post the post this workflow is for
   * @return the post with the status and time of the workflow
   * @throws IllegalArgumentException if the post's id is not this workflow's
   */
  public ScheduledPost applyTo(ScheduledPost post) {
    Checks.notNull(post, "post");
    if (!post.id().equals(postId)) {
      throw new IllegalArgumentException(
          "post must be \"" + postId + "\": \"" + post.id() + "\"");
    }
    return ScheduledPost.builder().from(post).status(status).time(plannedTime).build();
  }

  private boolean isUnapproved() {
    return status == DRAFT || status == IN_REVIEW || status == CHANGES_REQUESTED;
  }

  private void require(WorkflowAction action, PostStatus target, Instant at, Set<PostStatus> from) {
    Checks.notNull(at, "at");
    if (!from.contains(status)) {
      throw new IllegalStateException(
          "post \"" + postId + "\" cannot go from " + status + " to " + target + ": " + action
              + " is allowed from " + String.join(", ", from.stream().map(Enum::name).toList()));
    }
    if (isDueToExpire(at)) {
      throw new IllegalStateException(
          "post \"" + postId + "\" cannot go from " + status + " to " + target + ": it expired at "
              + plannedTime + ", not approved by its scheduled time (" + action + " at " + at + ")");
    }
    if (!trail.isEmpty() && at.isBefore(trail.get(trail.size() - 1).at())) {
      throw new IllegalArgumentException(
          "at must not be before the last audit entry " + trail.get(trail.size() - 1).at() + ": " + at);
    }
  }

  /**
   * Tells whether a tier's approvals satisfy it. Under four eyes the author's approval is never
   * given, so an all-of tier naming the author is satisfied by its other approvers.
   */
  private boolean isSatisfied(ApprovalTier current, Set<String> approvals, Optional<String> author) {
    if (current.mode() == ApprovalMode.ALL_OF
        && author.isPresent()
        && !policy.selfApprovalAllowed()
        && current.includes(author.get())) {
      Set<String> others = new TreeSet<>(current.approvers());
      others.remove(author.get());
      return approvals.containsAll(others);
    }
    return current.isSatisfiedBy(approvals);
  }

  private ApprovalTier requireInTier(String approver) {
    Checks.nonBlank(approver, "approver");
    ApprovalTier current = policy.tier(tier);
    if (!current.includes(approver)) {
      throw new IllegalArgumentException(
          "approver \"" + approver + "\" is not in tier \"" + current.name() + "\" of post \""
              + postId + "\": " + current.approvers());
    }
    return current;
  }

  private ApprovalWorkflow next(
      String actor,
      Instant at,
      WorkflowAction action,
      String comment,
      PostStatus to,
      int nextTier,
      SortedSet<String> approvals,
      Instant nextPlannedTime) {
    Checks.notNull(comment, "comment");
    AuditEntry.Builder entry =
        AuditEntry.builder().actor(actor).at(at).action(action).fromStatus(status).toStatus(to);
    if (!Checks.isBlank(comment)) {
      entry.comment(comment);
    }
    List<AuditEntry> nextTrail = new ArrayList<>(trail.size() + 1);
    nextTrail.addAll(trail);
    nextTrail.add(entry.build());
    return new ApprovalWorkflow(
        postId, policy, nextPlannedTime, to, nextTier, approvals, Collections.unmodifiableList(nextTrail));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ApprovalWorkflow)) {
      return false;
    }
    ApprovalWorkflow other = (ApprovalWorkflow) obj;
    return postId.equals(other.postId)
        && policy.equals(other.policy)
        && plannedTime.equals(other.plannedTime)
        && status == other.status
        && tier == other.tier
        && tierApprovals.equals(other.tierApprovals)
        && trail.equals(other.trail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(postId, policy, plannedTime, status, tier, tierApprovals, trail);
  }

  /**
   * Returns a short form such as {@code ApprovalWorkflow[post "p1", IN_REVIEW, tier 2/3 "legal",
   * approved by [], planned 2026-03-02T01:00:00Z, 3 audit entries]}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ApprovalWorkflow[post \"").append(postId).append("\", ");
    sb.append(status);
    if (status == IN_REVIEW) {
      sb.append(", tier ").append(tier + 1).append('/').append(policy.size())
          .append(" \"").append(policy.tier(tier).name()).append("\", approved by ")
          .append(tierApprovals);
    }
    return sb.append(", planned ").append(plannedTime).append(", ").append(trail.size())
        .append(trail.size() == 1 ? " audit entry]" : " audit entries]").toString();
  }
}
