package dev.socialplan.platform.recommendation;

/**
 * What the brand's product or offer is like, as far as it matters for choosing platforms. Each trait
 * asks for platform strengths through the {@link PriorityTable}; the strategy guide's "if you
 * present your offer in a visually compelling way, Instagram is perfect" is {@link #VISUAL}.
 */
public enum ProductTrait {
  /** A visually compelling product or offer (the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021), step 3: Instagram). */
  VISUAL,
  /** Sold online, so that a shop on the platform can sell it (the strategy guide, trend 6: social commerce). */
  SOLD_ONLINE,
  /**
   * Tried on or tried out through the phone's camera: cosmetics, eyewear, furniture (the strategy guide trend
   * 7: AR filters that promote new products).
   */
  TRY_ON,
  /**
   * Best shown in use: demonstrations, launches, workshops (the strategy guide, trend 4: live video for product
   * launches and workshops).
   */
  DEMONSTRATED
}
