package dev.socialplan.calendar.scheduler;

/**
 * Why a slot bound to a pillar or purpose stayed empty. Each {@link UnfilledSlot} carries one, with
 * a sentence that gives the details.
 */
public enum UnfilledReason {
  /**
   * No draft of the slot's pillar (or purpose) was left that could go there: every such draft was
   * placed elsewhere, or its campaign window or expiry excludes the slot, or there is none.
   */
  NO_DRAFT("no draft of the slot's pillar or purpose was left that could go there"),
  /** A post near it keeps it empty: the schedule's minimum spacing or daily cap. */
  CROWDED("a post near it keeps it empty (minimum spacing or daily cap)"),
  /**
   * A draft of the slot's pillar could have gone there, but it would have put the content mix off
   * target in a rolling window.
   */
  MIX_OFF_TARGET("a draft of its pillar would have put the content mix off target");

  private final String description;

  UnfilledReason(String description) {
    this.description = description;
  }

  /**
   * Returns the reason in a few English words.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
