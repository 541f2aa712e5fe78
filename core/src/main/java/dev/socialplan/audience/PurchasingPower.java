package dev.socialplan.audience;

/**
 * How much a persona can and will spend on the brand's kind of offer, one of the factors the source
 * article lists for a persona (step 2). Declared from lowest to highest, so {@link #compareTo}
 * orders by power.
 */
public enum PurchasingPower {
  /** Price-sensitive: buys on discount, spends little in the category. */
  LOW,
  /** Spends the category's usual amounts. */
  MEDIUM,
  /** Spends freely in the category; premium offers fit. */
  HIGH;

  /**
   * Tells whether this purchasing power is at least another.
   *
   * @param other the other level
   * @return true if this level is the same or higher
   */
  public boolean isAtLeast(PurchasingPower other) {
    return compareTo(other) >= 0;
  }
}
