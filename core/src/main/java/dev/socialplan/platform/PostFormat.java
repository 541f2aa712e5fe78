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
  /** Vertical short video: TikTok, Instagram Reels, YouTube Shorts. */
  SHORT_VIDEO,
  /** Long-form video. */
  LONG_VIDEO,
  /** An ephemeral story frame. */
  STORY,
  /** A live stream. */
  LIVE,
  /** A document post (a PDF carousel on LinkedIn). */
  DOCUMENT,
  /** A poll. */
  POLL;

  /**
   * Tells whether the format is a video format (short, long or live).
   *
   * @return true for {@link #SHORT_VIDEO}, {@link #LONG_VIDEO} and {@link #LIVE}
   */
  public boolean isVideo() {
    return this == SHORT_VIDEO || this == LONG_VIDEO || this == LIVE;
  }
}
