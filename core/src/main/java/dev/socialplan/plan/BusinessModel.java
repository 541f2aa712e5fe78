package dev.socialplan.plan;

/** Whom the brand sells to. The platform recommender and the community rules read it. */
public enum BusinessModel {
  /** Sells to other businesses. */
  B2B,
  /** Sells to consumers. */
  B2C,
  /** Sells to both. */
  BOTH;

  /**
   * Tells whether the brand sells to businesses.
   *
   * @return true for {@link #B2B} and {@link #BOTH}
   */
  public boolean sellsToBusinesses() {
    return this != B2C;
  }

  /**
   * Tells whether the brand sells to consumers.
   *
   * @return true for {@link #B2C} and {@link #BOTH}
   */
  public boolean sellsToConsumers() {
    return this != B2B;
  }
}
