package dev.socialplan.tactic;

/**
 * The kind of a {@link Tactic}, one per trend of the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021), for reports and switches.
 */
public enum TacticKind {
  /** {@link ShortVideoProgramme}: TikTok, Reels, Shorts (trend 1). */
  SHORT_VIDEO,
  /** {@link CommunityProgramme}: groups and interactive posts (trend 2). */
  COMMUNITY,
  /** {@link InfluencerCampaign}: micro-influencer marketing (trend 3). */
  INFLUENCER,
  /** {@link LiveStream}: live video (trend 4). */
  LIVE_STREAM,
  /** {@link UgcProgramme}: user-generated content (trend 5). */
  USER_GENERATED_CONTENT,
  /** {@link SocialCommerce}: selling through a platform's shop (trend 6). */
  SOCIAL_COMMERCE,
  /** {@link ArEffect}: augmented-reality effects and filters (trend 7). */
  AR_EFFECT,
  /** {@link PurposeDrivenCampaign}: a campaign for a cause (trend 8). */
  PURPOSE_DRIVEN
}
