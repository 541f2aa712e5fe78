package dev.socialplan.calendar;

/**
 * Where a post stands in its life: the states of the approval workflow.
 *
 * <pre>
 * DRAFT → IN_REVIEW → APPROVED → SCHEDULED → PUBLISHED
 *              │  ↘ CHANGES_REQUESTED → IN_REVIEW     ↘ FAILED
 *              ↘ REJECTED
 * any open state → CANCELLED;  not approved by its scheduled time → EXPIRED
 * </pre>
 *
 * <p>The transitions themselves are enforced by {@code dev.socialplan.calendar.approval}.
 */
public enum PostStatus {
  /** Being written; not yet submitted for review. */
  DRAFT,
  /** Submitted and waiting for the approvers of its current tier. */
  IN_REVIEW,
  /** Sent back by an approver; the author edits and submits again. */
  CHANGES_REQUESTED,
  /** Approved by every tier of its approval policy. */
  APPROVED,
  /** Refused by an approver; final. */
  REJECTED,
  /** Approved and queued for publishing at its time. */
  SCHEDULED,
  /** Published; final. */
  PUBLISHED,
  /** Publishing was attempted and failed; final. */
  FAILED,
  /** Withdrawn before it was published; final. */
  CANCELLED,
  /** Not approved by its scheduled time; final. */
  EXPIRED;

  /**
   * Tells whether the post is still open: it can move on, and can be cancelled.
   *
   * @return true for {@link #DRAFT}, {@link #IN_REVIEW}, {@link #CHANGES_REQUESTED}, {@link
   *     #APPROVED} and {@link #SCHEDULED}
   */
  public boolean isOpen() {
    return this == DRAFT
        || this == IN_REVIEW
        || this == CHANGES_REQUESTED
        || this == APPROVED
        || this == SCHEDULED;
  }

  /**
   * Tells whether the state is final: no transition leaves it.
   *
   * @return true for {@link #REJECTED}, {@link #PUBLISHED}, {@link #FAILED}, {@link #CANCELLED}
   *     and {@link #EXPIRED}
   */
  public boolean isFinal() {
    return !isOpen();
  }

  /**
   * Tells whether the post has passed approval ({@link #APPROVED}, {@link #SCHEDULED} or {@link
   * #PUBLISHED}; a {@link #FAILED} post was approved too).
   *
   * @return true if the post was approved
   */
  public boolean isApproved() {
    return this == APPROVED || this == SCHEDULED || this == PUBLISHED || this == FAILED;
  }

  /**
   * Tells whether a post in this state occupies its slot in the calendar: it is open or published.
   * Rejected, failed, cancelled and expired posts free their slot for another post.
   *
   * @return true if the post takes up its time slot
   */
  public boolean occupiesSlot() {
    return isOpen() || this == PUBLISHED;
  }
}
