package dev.socialplan.platform;

/**
 * The text part of a post a limit applies to: the body (post text, caption or description, and
 * each part of a thread), the title (YouTube, Pinterest and TikTok photo posts have one), the alt
 * text of one media item, or the first comment.
 */
public enum TextField {
  /** The post text, caption or description; also each part of a thread. */
  BODY,
  /** The title. */
  TITLE,
  /** The alternative text (description) of one image or video, read by screen readers. */
  ALT_TEXT,
  /** The first comment, published under the post right after it. */
  FIRST_COMMENT
}
