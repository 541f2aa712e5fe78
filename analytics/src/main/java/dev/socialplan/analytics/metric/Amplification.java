package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.CountRate;
import dev.socialplan.metric.Ratio;

/**
 * Amplification: how far the audience passes posts on.
 *
 * <ul>
 *   <li>{@link #rate(long, long)}: shares ÷ followers, per post (Hootsuite; HSMAI glossary).
 *   <li>{@link #sharesPerPost(long, long)}: shares ÷ posts, Avinash Kaushik's amplification rate
 *       (kaushik.net, "Best social media metrics", 2011).
 *   <li>{@link #ratePerPost(long, long, long)}: both together, shares ÷ posts ÷ followers. Worked
 *       example: 1,450 shares over 30 posts with 25,000 followers give 0.193 % per post.
 * </ul>
 */
public final class Amplification {
  private Amplification() {}

  /**
   * Amplification rate of a post: shares ÷ followers.
   *
   * @param shares the post's shares
   * @param followers the account's followers
   * @return the rate; undefined without followers
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio rate(long shares, long followers) {
    Checks.nonNegative(shares, "shares");
    Checks.nonNegative(followers, "followers");
    return Ratio.of(shares, followers);
  }

  /**
   * Kaushik's amplification rate: shares per post, shares ÷ posts.
   *
   * @param shares the shares over all posts
   * @param posts the number of posts
   * @return shares per post; undefined without posts
   * @throws IllegalArgumentException if a count is negative
   */
  public static CountRate sharesPerPost(long shares, long posts) {
    Checks.nonNegative(shares, "shares");
    Checks.nonNegative(posts, "posts");
    return CountRate.perPost(shares, posts);
  }

  /**
   * Amplification rate per post over a period: shares ÷ (posts × followers).
   *
   * @param shares the shares over all posts
   * @param posts the number of posts
   * @param followers the account's followers
   * @return the rate per post; undefined without posts or followers
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio ratePerPost(long shares, long posts, long followers) {
    Checks.nonNegative(shares, "shares");
    Checks.nonNegative(posts, "posts");
    Checks.nonNegative(followers, "followers");
    return Ratio.of((double) shares, (double) posts * followers);
  }
}
