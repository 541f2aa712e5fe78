package dev.socialplan.analytics.aggregate;

/** Whether a post was promoted with paid media. */
public enum PaidStatus {
  /** Organic: no paid promotion. */
  ORGANIC,
  /** Paid: promoted, boosted or an ad. */
  PAID,
  /** Not recorded: neither organic nor paid can be assumed. */
  UNKNOWN;

  /**
   * Returns the status for a recorded flag.
   *
   * @param paid whether the post was paid
   * @return {@link #PAID} or {@link #ORGANIC}
   */
  public static PaidStatus of(boolean paid) {
    return paid ? PAID : ORGANIC;
  }
}
