package dev.socialplan.content;

/**
 * Where a post's content comes from and whose voice it speaks in: the dimension that the rule of
 * thirds and the 5-3-2 rule balance (a post's {@link PostPurpose} is the dimension of the 80/20
 * rule).
 *
 * <p>The two classic rules are about sources, not purposes. Hootsuite's rule of thirds: a third of
 * the content promotes the business, a third shares ideas and stories from others (thought leaders,
 * like-minded businesses), a third is personal interaction that builds the brand's personality. The
 * 5-3-2 rule, out of every ten posts: five curated from others, three created by the brand, two
 * personal and humanising. They cannot be mapped honestly onto inform/educate/entertain/promote (a
 * curated article may inform or educate; a behind-the-scenes post may entertain or inform), so
 * socialplan models the source as its own dimension and lets a {@link ContentMix} target either.
 *
 * <p>Sources: Hootsuite, "Are You Following the Social Media Rule of Thirds?" (blog.hootsuite.com);
 * for 5-3-2, for example Queen Pin Consulting, "What is the 5:3:2 rule for posting on social
 * media?" (2024). A minority of guides read the "2" of 5-3-2 as promotional posts; socialplan
 * follows the majority (personal).
 */
public enum ContentSource {
  /**
   * The brand's own content about its business, products and expertise: the "promote your business"
   * third and the "3 created" of 5-3-2.
   */
  ORIGINAL,
  /**
   * Content by others that the brand shares: industry articles, thought leaders, like-minded
   * businesses, and reposted user-generated content.
   */
  CURATED,
  /**
   * Humanising content from the people behind the brand: the team, behind the scenes,
   * conversations and personal interactions.
   */
  PERSONAL
}
