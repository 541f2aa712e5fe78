package dev.socialplan.calendar.approval;

/** How a tier's approvers approve: one of them is enough, or all of them must. */
public enum ApprovalMode {
  /** One approval from any approver of the tier passes it. */
  ANY_OF,
  /** Every approver of the tier must approve. */
  ALL_OF
}
