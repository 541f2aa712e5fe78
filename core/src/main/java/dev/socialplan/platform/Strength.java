package dev.socialplan.platform;

/**
 * What a platform is good at, for matching a plan's priorities to platforms (method step 3: "match
 * your company's priorities with the platforms' strengths").
 *
 * <p>The standard catalog assigns strengths named in the source article (see {@link
 * PlatformCatalog#standard()}); users may assign others in their own profiles.
 */
public enum Strength {
  /** Visually compelling offers: photos and design (article: Instagram). */
  VISUAL,
  /** Answering customers in public, quickly (article: X, formerly Twitter). */
  CUSTOMER_SERVICE,
  /** Reaching businesses and professionals (article: LinkedIn). */
  B2B,
  /** Groups and communities (article: Facebook groups for B2C, LinkedIn for B2B). */
  GROUPS_AND_COMMUNITY,
  /** Short vertical video (article: TikTok, Instagram Reels, YouTube Shorts). */
  SHORT_VIDEO,
  /** Live video (article: Facebook, Instagram, TikTok, YouTube). */
  LIVE,
  /** In-app shops (article: Facebook and Instagram shops, TikTok Shop). */
  SHOPPING,
  /** Augmented-reality filters and effects (article: Instagram, TikTok, Snapchat). */
  AR_EFFECTS,
  /** Long-form video (YouTube). */
  LONG_VIDEO,
  /**
   * Being found through search and keywords (article: audience keywords on Instagram, Facebook and
   * YouTube).
   */
  SEARCH_AND_DISCOVERY,
  /** Following trends, which matter to the audience (article: TikTok). */
  TRENDS,
  /**
   * A broad, general audience: "often the best results overall" (article: Facebook, YouTube, Google,
   * LinkedIn).
   */
  BROAD_REACH
}
