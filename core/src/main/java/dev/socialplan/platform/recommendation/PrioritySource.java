package dev.socialplan.platform.recommendation;

/**
 * Where a priority of the recommendation comes from: each source asks for platform strengths
 * through the {@link PriorityTable}.
 */
public enum PrioritySource {
  /** A goal of the plan, through its objective. */
  GOAL,
  /** The brand's business model (B2B, B2C or both). */
  BUSINESS_MODEL,
  /** A trait of the product or offer. */
  PRODUCT_TRAIT,
  /** A generation present in the audience, through the personas' ages. */
  GENERATION
}
