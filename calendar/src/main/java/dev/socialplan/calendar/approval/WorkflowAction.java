package dev.socialplan.calendar.approval;

/** What someone did to a post's workflow; every {@link AuditEntry} records one action. */
public enum WorkflowAction {
  /** The author submitted the post for review. */
  SUBMIT,
  /** An approver approved the post for their tier. */
  APPROVE,
  /** An approver sent the post back for changes. */
  REQUEST_CHANGES,
  /** An approver refused the post. */
  REJECT,
  /** The approved post was queued for publishing. */
  SCHEDULE,
  /** The post's planned time was moved. */
  RESCHEDULE,
  /** The post was published. */
  PUBLISH,
  /** Publishing failed. */
  FAIL,
  /** The post was withdrawn. */
  CANCEL,
  /** The post was not approved by its planned time. */
  EXPIRE
}
