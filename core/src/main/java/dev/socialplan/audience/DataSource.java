package dev.socialplan.audience;

/**
 * Where a persona's data came from. The strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) (step 2, "use the collected data") warns
 * against personas built on assumption: the audience rules flag {@link #ASSUMPTION}.
 */
public enum DataSource {
  /** Social media or web analytics: who the followers and customers actually are. */
  ANALYTICS,
  /** A survey or interviews of customers or prospects. */
  SURVEY,
  /** The planner's assumption, not backed by data. */
  ASSUMPTION;

  /**
   * Tells whether the source is data rather than assumption.
   *
   * @return true for {@link #ANALYTICS} and {@link #SURVEY}
   */
  public boolean isData() {
    return this != ASSUMPTION;
  }
}
