package dev.socialplan.tactic;

/**
 * Where a sensitive campaign stands in its approval: a purpose-driven campaign must be approved
 * before it runs.
 */
public enum ApprovalStatus {
  /** Not yet submitted for approval. */
  NOT_SUBMITTED,
  /** Submitted, awaiting a decision. */
  PENDING,
  /** Approved. */
  APPROVED,
  /** Rejected. */
  REJECTED
}
