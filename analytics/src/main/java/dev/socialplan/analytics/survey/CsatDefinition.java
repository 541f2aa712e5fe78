package dev.socialplan.analytics.survey;

import dev.socialplan.internal.Checks;

/**
 * Which answers count as satisfied for a CSAT score: a scale and the lowest satisfied answer. The
 * {@linkplain #STANDARD standard definition} is the "top two box" of a 1–5 scale: 4 and 5. This
 * record is immutable and thread-safe.
 *
 * @param scale the answer scale
 * @param satisfiedFrom the lowest answer that counts as satisfied, on the scale
 */
public record CsatDefinition(RatingScale scale, int satisfiedFrom) {

  /** 4 or 5 on a 1–5 scale. */
  public static final CsatDefinition STANDARD = new CsatDefinition(RatingScale.ONE_TO_FIVE, 4);

  /**
   * Validates the parts.
   *
   * @param scale the answer scale
   * @param satisfiedFrom the lowest satisfied answer, on the scale
   * @throws NullPointerException if the scale is null
   * @throws IllegalArgumentException if {@code satisfiedFrom} is not on the scale
   */
  public CsatDefinition {
    Checks.notNull(scale, "scale");
    Checks.inRange(satisfiedFrom, scale.min(), scale.max(), "satisfiedFrom");
  }

  /**
   * Obtains a definition.
   *
   * @param scale the answer scale
   * @param satisfiedFrom the lowest satisfied answer, on the scale
   * @return the definition
   * @throws IllegalArgumentException if {@code satisfiedFrom} is not on the scale
   */
  public static CsatDefinition of(RatingScale scale, int satisfiedFrom) {
    return new CsatDefinition(scale, satisfiedFrom);
  }

  /**
   * Tells whether an answer counts as satisfied.
   *
   * @param answer an answer on the scale
   * @return true if {@code answer >= satisfiedFrom}
   * @throws IllegalArgumentException if the answer is not on the scale
   */
  public boolean isSatisfied(int answer) {
    Checks.inRange(answer, scale.min(), scale.max(), "answer");
    return answer >= satisfiedFrom;
  }
}
