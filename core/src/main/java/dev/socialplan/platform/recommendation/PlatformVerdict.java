package dev.socialplan.platform.recommendation;

/** Whether a platform is recommended, and if not, why. */
public enum PlatformVerdict {
  /** Reaches enough of the audience and scores close enough to the best platform. */
  RECOMMENDED,
  /** Reaches less of the audience than the recommender's minimum reach. */
  LOW_REACH,
  /** Reaches enough of the audience, but scores far below the best platform. */
  FAR_BELOW_BEST,
  /** The catalog has no reach figures for the platform, so nothing can be said about its audience. */
  NO_REACH_DATA;

  /**
   * Tells whether the platform is recommended.
   *
   * @return true for {@link #RECOMMENDED}
   */
  public boolean isRecommended() {
    return this == RECOMMENDED;
  }
}
