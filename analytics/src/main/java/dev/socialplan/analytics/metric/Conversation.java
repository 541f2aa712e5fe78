package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.CountRate;

/**
 * Conversation rate: how much the audience talks back, as comments per post or per 1,000
 * followers (Avinash Kaushik, kaushik.net, "Best social media metrics", 2011).
 */
public final class Conversation {
  private Conversation() {}

  /**
   * Conversation per post: comments ÷ posts. Example: 90 comments over 30 posts give 3 per post.
   *
   * @param comments the comments over all posts
   * @param posts the number of posts
   * @return comments per post; undefined without posts
   * @throws IllegalArgumentException if a count is negative
   */
  public static CountRate perPost(long comments, long posts) {
    Checks.nonNegative(comments, "comments");
    Checks.nonNegative(posts, "posts");
    return CountRate.perPost(comments, posts);
  }

  /**
   * Conversation per 1,000 followers: comments ÷ (followers ÷ 1,000). Example: 90 comments with 25,000
   * followers give 3.6 per 1,000 followers.
   *
   * @param comments the comments
   * @param followers the account's followers
   * @return comments per 1,000 followers;
   *     the text says so ({@code 24 per 1000 followers (600/25000)}); undefined without followers
   * @throws IllegalArgumentException if a count is negative
   */
  public static CountRate perThousandFollowers(long comments, long followers) {
    Checks.nonNegative(comments, "comments");
    Checks.nonNegative(followers, "followers");
    return CountRate.perThousandFollowers(comments, followers);
  }
}
