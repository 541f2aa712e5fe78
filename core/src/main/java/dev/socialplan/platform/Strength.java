package dev.socialplan.platform;

/**
 * What a platform is good at, for matching a plan's priorities to platforms (method step 3: "match
 * your company's priorities with the platforms' strengths").
 *
 * <p>The standard catalog assigns strengths named in the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) (see {@link
 * PlatformCatalog#standard()}); users may assign others in their own profiles.
 */
public enum Strength {
  /** Visually compelling offers: photos and design (the strategy guide: Instagram). */
  VISUAL,
  /** Answering customers in public, quickly (the strategy guide: X, formerly Twitter). */
  CUSTOMER_SERVICE,
  /** Reaching businesses and professionals (the strategy guide: LinkedIn). */
  B2B,
  /** Groups and communities (the strategy guide: Facebook groups for B2C, LinkedIn for B2B). */
  GROUPS_AND_COMMUNITY,
  /** Short vertical video (the strategy guide: TikTok, Instagram Reels, YouTube Shorts). */
  SHORT_VIDEO,
  /** Live video (the strategy guide: Facebook, Instagram, TikTok, YouTube). */
  LIVE,
  /** In-app shops (the strategy guide: Facebook and Instagram shops, TikTok Shop). */
  SHOPPING,
  /** Augmented-reality filters and effects (the strategy guide: Instagram, TikTok, Snapchat). */
  AR_EFFECTS,
  /** Long-form video (YouTube). */
  LONG_VIDEO,
  /**
   * Being found through search and keywords (the strategy guide: audience keywords on Instagram, Facebook and
   * YouTube).
   */
  SEARCH_AND_DISCOVERY,
  /** Following trends, which matter to the audience (the strategy guide: TikTok). */
  TRENDS,
  /**
   * A broad, general audience: "often the best results overall" (the strategy guide: Facebook, YouTube, Google,
   * LinkedIn).
   */
  BROAD_REACH
}
