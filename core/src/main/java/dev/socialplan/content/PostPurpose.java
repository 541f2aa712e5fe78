package dev.socialplan.content;

/**
 * Why a post is published (method step 6): every post informs, educates, entertains or promotes.
 *
 * <p>Content mix policies such as the 80/20 rule count promotional posts against the rest.
 */
public enum PostPurpose {
  /** News and information the audience wants: updates, announcements, industry news. */
  INFORM,
  /** Teaches something: how-tos, tips, explainers. */
  EDUCATE,
  /** Amuses or moves the audience: stories, humour, trends, behind the scenes. */
  ENTERTAIN,
  /** Sells: offers, product launches, calls to buy. */
  PROMOTE;

  /**
   * Tells whether this purpose is promotional (the "20" of the 80/20 rule).
   *
   * @return true for {@link #PROMOTE}
   */
  public boolean isPromotional() {
    return this == PROMOTE;
  }
}
