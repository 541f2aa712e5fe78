package dev.socialplan.calendar;

/** The kind of one media attachment of a post. */
public enum MediaKind {
  /** A still image. */
  IMAGE,
  /** A video clip. */
  VIDEO,
  /** An animated GIF. */
  GIF,
  /** An audio clip. */
  AUDIO,
  /** A document, such as a PDF. */
  DOCUMENT
}
