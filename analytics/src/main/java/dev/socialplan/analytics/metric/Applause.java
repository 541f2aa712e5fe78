package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.CountRate;

/**
 * Applause rate: how much the audience approves, as likes (or reactions) per post or per 1,000
 * followers (Avinash Kaushik, kaushik.net, "Best social media metrics", 2011).
 */
public final class Applause {
  private Applause() {}

  /**
   * Applause per post: likes ÷ posts. Example: 600 likes over 30 posts give 20 per post.
   *
   * @param likes the likes (or reactions) over all posts
   * @param posts the number of posts
   * @return likes per post; undefined without posts
   * @throws IllegalArgumentException if a count is negative
   */
  public static CountRate perPost(long likes, long posts) {
    Checks.nonNegative(likes, "likes");
    Checks.nonNegative(posts, "posts");
    return CountRate.perPost(likes, posts);
  }

  /**
   * Applause per 1,000 followers: likes ÷ (followers ÷ 1,000). Example: 600 likes with 25,000
   * followers give 24 per 1,000 followers.
   *
   * @param likes the likes (or reactions)
   * @param followers the account's followers
   * @return likes per 1,000 followers;
   *     the text says so ({@code 24 per 1000 followers (600/25000)}); undefined without followers
   * @throws IllegalArgumentException if a count is negative
   */
  public static CountRate perThousandFollowers(long likes, long followers) {
    Checks.nonNegative(likes, "likes");
    Checks.nonNegative(followers, "followers");
    return CountRate.perThousandFollowers(likes, followers);
  }
}
