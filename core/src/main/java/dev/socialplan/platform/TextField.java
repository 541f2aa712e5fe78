package dev.socialplan.platform;

/**
 * The text part of a post a limit applies to: the body (post text, caption or description) or the
 * title (YouTube, Pinterest and TikTok photo posts have one).
 */
public enum TextField {
  /** The post text, caption or description. */
  BODY,
  /** The title. */
  TITLE
}
