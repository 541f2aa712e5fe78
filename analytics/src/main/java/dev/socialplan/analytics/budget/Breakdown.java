package dev.socialplan.analytics.budget;

/** How budget performance is broken down for a reallocation. */
public enum Breakdown {
  /** By platform. */
  PLATFORM,
  /** By budget category. */
  CATEGORY
}
