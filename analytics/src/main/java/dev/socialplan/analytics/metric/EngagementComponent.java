package dev.socialplan.analytics.metric;

/**
 * A kind of interaction that can count as an engagement. Platforms name the same interaction
 * differently; each constant lists the names it covers, and {@link EngagementDefinition} says which
 * ones a platform counts.
 */
public enum EngagementComponent {
  /** Likes and reactions: likes on X, Instagram and TikTok, reactions on Facebook and LinkedIn. */
  REACTIONS,
  /** Comments; replies on X. */
  COMMENTS,
  /** Shares; reposts and quote posts on X (record both under shares). */
  SHARES,
  /** Saves (bookmarks). */
  SAVES,
  /**
   * Clicks of any kind on the post: link clicks, profile clicks, media expansions (X counts any
   * click).
   */
  CLICKS,
  /** Follows gained from the post (LinkedIn counts them). */
  FOLLOWS,
  /**
   * People who engaged with the post, each counted once (Facebook's "engaged users"). A count of
   * people cannot be added to counts of interactions, so a definition that uses it uses it alone:
   * {@link EngagementDefinition#engagedUsersByReach()}.
   */
  ENGAGED_USERS
}
