package dev.socialplan.calendar;

/**
 * Which posts a {@link RollingMix} counts together: the whole calendar as one sequence, or each
 * platform's posts as a sequence of their own (each platform's followers see that platform's feed).
 */
public enum MixScope {
  /** Every post of the calendar, across platforms, in one time-ordered sequence. */
  CALENDAR,
  /** The posts of each platform (all its accounts together), each platform a sequence of its own. */
  PLATFORM
}
