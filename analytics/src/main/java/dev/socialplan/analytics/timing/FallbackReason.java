package dev.socialplan.analytics.timing;

/** Why a best-time analysis fell back to the platform's default posting times. */
public enum FallbackReason {
  /** No post of the platform had an engagement rate. */
  NO_POSTS,
  /** Fewer posts with an engagement rate than {@link BestTimeSettings#minPosts()}. */
  TOO_FEW_POSTS,
  /**
   * Fewer buckets with at least {@link BestTimeSettings#minPostsPerBucket()} posts than {@link
   * BestTimeSettings#minRankedBuckets()}.
   */
  TOO_FEW_BUCKETS,
  /** The account's median engagement rate is zero, so rates cannot be normalised by it. */
  MEDIAN_ENGAGEMENT_ZERO
}
