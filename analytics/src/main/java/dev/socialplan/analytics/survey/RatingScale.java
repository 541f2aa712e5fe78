package dev.socialplan.analytics.survey;

/**
 * A numeric answer scale from {@code min} to {@code max}, both included: 0–10 for "how likely are
 * you to recommend us", 1–5 for satisfaction. This record is immutable and thread-safe.
 *
 * @param min the lowest answer
 * @param max the highest answer, greater than {@code min}
 */
public record RatingScale(int min, int max) {

  /** The Net Promoter scale, 0 to 10. */
  public static final RatingScale ZERO_TO_TEN = new RatingScale(0, 10);

  /** The usual satisfaction scale, 1 to 5. */
  public static final RatingScale ONE_TO_FIVE = new RatingScale(1, 5);

  /**
   * Validates the bounds.
   *
   * @param min the lowest answer
   * @param max the highest answer, greater than {@code min}
   * @throws IllegalArgumentException if {@code max <= min}
   */
  public RatingScale {
    if (max <= min) {
      throw new IllegalArgumentException("max must be greater than min (" + min + "): " + max);
    }
  }

  /**
   * Obtains a scale.
   *
   * @param min the lowest answer
   * @param max the highest answer, greater than {@code min}
   * @return the scale
   * @throws IllegalArgumentException if {@code max <= min}
   */
  public static RatingScale of(int min, int max) {
    return new RatingScale(min, max);
  }

  /**
   * Tells whether an answer lies on the scale.
   *
   * @param answer the answer
   * @return true if {@code min <= answer <= max}
   */
  public boolean contains(int answer) {
    return min <= answer && answer <= max;
  }

  /**
   * Returns the number of points on the scale.
   *
   * @return {@code max − min + 1}
   */
  public long points() {
    return (long) max - min + 1;
  }
}
