package dev.socialplan.calendar.scheduler;

/**
 * Why the scheduler could not place a draft. Each {@link UnplacedDraft} carries one, with a sentence
 * that gives the numbers.
 */
public enum UnplacedReason {
  /** No schedule of the request is for the draft's platform (and account). */
  NO_SCHEDULE("no posting schedule for the draft's channel"),
  /** The draft's campaign window does not overlap the scheduled period. */
  CAMPAIGN_WINDOW_OUTSIDE_PERIOD("the campaign window does not overlap the scheduled period"),
  /**
   * The draft is {@linkplain Draft#evergreen() evergreen} and expires before it could go out: no
   * instant of the period (and campaign window) is before its {@link Evergreen#expiry()}.
   */
  EXPIRED("the evergreen draft expires before the period (or campaign window) it could go out in"),
  /**
   * The schedule has no slot at all in the period (inside the campaign window, if any): its pattern,
   * blackouts and allowed windows leave none.
   */
  NO_SLOT("the schedule has no slot in the period or campaign window"),
  /**
   * Every slot the draft could use is taken, or blocked by a minimum spacing or a daily cap, by
   * posts already in the calendar or placed for drafts of the same or higher priority, and no chain
   * of moves the scheduler searched frees one (see {@link Scheduler}).
   */
  NO_FREE_SLOT("every slot is taken or blocked by spacing or the daily cap"),
  /**
   * A slot was free, but a post of this draft's kind there would put the content mix off target in a
   * rolling window.
   */
  MIX_OFF_TARGET("placing it would put the content mix off target in a rolling window");

  private final String description;

  UnplacedReason(String description) {
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
