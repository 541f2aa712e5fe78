package dev.socialplan.tactic;

/**
 * The size class of an influencer by follower count. Where each tier starts and ends is not
 * standardised: a {@link TierScheme} says it.
 */
public enum InfluencerTier {
  /** Nano-influencers: the smallest accounts (standard scheme: 1 K to under 10 K). */
  NANO,
  /** Micro-influencers (standard: 10 K to under 100 K; the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021): 1 K to under 100 K). */
  MICRO,
  /** Mid-tier influencers (standard: 100 K to under 500 K). */
  MID,
  /** Macro-influencers (standard: 500 K to under 1 M). */
  MACRO,
  /** Mega-influencers and celebrities (standard: 1 M and more). */
  MEGA
}
