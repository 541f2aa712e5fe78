package dev.socialplan.platform;

/**
 * The shape of a post. Each platform supports some formats, with limits per format (see {@code
 * PlatformProfile}).
 */
public enum PostFormat {
  /** Text only. */
  TEXT,
  /** A single image with a caption. */
  IMAGE,
  /** Several images or videos swiped in one post. */
  CAROUSEL,
  /**
   * A video in the feed that is neither a vertical short video nor long-form: a video on X,
   * LinkedIn, Pinterest, Threads, Bluesky or Mastodon, or in the Facebook feed.
   */
  VIDEO,
  /** Vertical short video: TikTok, Instagram Reels, YouTube Shorts. */
  SHORT_VIDEO,
  /** Long-form video: YouTube videos, long Facebook feed videos. */
  LONG_VIDEO,
  /** An ephemeral story frame. */
  STORY,
  /** A live stream. */
  LIVE,
  /** A document post (a PDF carousel on LinkedIn). */
  DOCUMENT,
  /** A poll. */
  POLL,
  /**
   * A link post: a text whose link the platform shows as a preview card (the "Link" post type of
   * Facebook page exports and of the UCI "Facebook metrics" data set). Performance records keep it
   * apart from {@link #TEXT} so that link posts can be compared with status updates. The standard
   * platform catalog lists no limits of its own for it (none are published apart from the text's),
   * so a calendar post in this format is reported as a format the platform does not list; plan
   * link posts as {@link #TEXT} with the link in the text.
   */
  LINK;

  /**
   * Tells whether the format is a video format (feed, short, long or live).
   *
   * @return true for {@link #VIDEO}, {@link #SHORT_VIDEO}, {@link #LONG_VIDEO} and {@link #LIVE}
   */
  public boolean isVideo() {
    return this == VIDEO || this == SHORT_VIDEO || this == LONG_VIDEO || this == LIVE;
  }
}
