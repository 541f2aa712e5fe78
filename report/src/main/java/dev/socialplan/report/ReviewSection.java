package dev.socialplan.report;

/**
 * The sections a {@link PlanReview} can have, in the order the page shows them. A section appears
 * when the review holds what it shows; {@link PlanReview#sections()} tells which.
 */
public enum ReviewSection {
  /** The plan at a glance: brand, period, goals, platforms, budget, content. */
  PLAN("plan"),
  /** The plan's validation report, by step of the method. */
  VALIDATION("validation"),
  /** The platform ranking with each platform's explanation. */
  PLATFORMS("platforms"),
  /** The calendar as month grids, its posts and its calendar findings. */
  CALENDAR("calendar"),
  /** The content mix over rolling windows of posts against its target band. */
  CONTENT_MIX("content-mix"),
  /** The best times to post as a weekday-by-hour heatmap. */
  BEST_TIMES("best-times"),
  /** Each goal's observed series against its target, with linear and compound forecasts. */
  GOALS("goals"),
  /** Budget allocation, spend and return by platform. */
  BUDGET("budget"),
  /** Experiments: each variant's rate with its confidence interval, and the verdict. */
  EXPERIMENTS("experiments");

  private final String id;

  ReviewSection(String id) {
    this.id = id;
  }

  /**
   * Returns the section's element id in the page ({@code <section id="best-times">}): stable, for
   * links and tests.
   *
   * @return the id, lower case with hyphens
   */
  public String id() {
    return id;
  }
}
