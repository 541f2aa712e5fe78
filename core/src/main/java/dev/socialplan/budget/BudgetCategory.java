package dev.socialplan.budget;

/**
 * What a budget allocation pays for, independently of the platform it is spent on (method step 5
 * and the trends of the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021)).
 */
public enum BudgetCategory {
  /** Producing posts, photos and videos. */
  CONTENT_CREATION,
  /** Paid reach: boosted posts and ads. */
  PAID_PROMOTION,
  /** Fees for influencers and creators. */
  INFLUENCERS,
  /** Software: scheduling, listening, analytics, design tools. */
  TOOLS,
  /** The people who run the accounts: staff time, agencies, community managers. */
  PEOPLE,
  /** Producing live streams: equipment, studio, hosts. */
  LIVE_PRODUCTION,
  /** Producing augmented-reality effects and filters. */
  AR_PRODUCTION
}
