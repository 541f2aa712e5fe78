package dev.socialplan.plan;

/**
 * The eight steps of the method for building a social media marketing strategy, in order. Every
 * finding of a validation report belongs to one step, so a report can be read as "what to do next"
 * step by step.
 */
public enum MethodStep {
  /** Step 1: set SMART goals that serve business objectives. */
  GOALS(1),
  /** Step 2: know the audience and build personas from data. */
  AUDIENCE(2),
  /** Step 3: choose the platforms where the audience is. */
  PLATFORMS(3),
  /** Step 4: analyse the closest competitors (SWOT). */
  COMPETITORS(4),
  /** Step 5: set and allocate the budget. */
  BUDGET(5),
  /** Step 6: plan content: purposes, mix, pillars and tactics. */
  CONTENT(6),
  /** Step 7: schedule posts with a content calendar. */
  SCHEDULING(7),
  /** Step 8: measure, test and re-evaluate. */
  MEASUREMENT(8);

  private final int number;

  MethodStep(int number) {
    this.number = number;
  }

  /**
   * Returns the step's number in the method, from 1 to 8.
   *
   * @return the step number
   */
  public int number() {
    return number;
  }
}
