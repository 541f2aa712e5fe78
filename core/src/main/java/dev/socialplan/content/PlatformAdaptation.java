package dev.socialplan.content;

/**
 * Whether the brand adapts its content to each platform or posts the same content unchanged
 * everywhere. The strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) (step 3) warns that the same content cannot be published on every
 * platform; posting it unchanged is a finding.
 */
public enum PlatformAdaptation {
  /** Not decided yet (a draft plan). */
  UNDECIDED,
  /** Content is tailored to each platform's formats, limits and audience. */
  ADAPTED_PER_PLATFORM,
  /** The same content is posted unchanged on every platform. */
  SAME_ON_EVERY_PLATFORM
}
