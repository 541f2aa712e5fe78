package dev.socialplan.platform.recommendation;

/**
 * An assumption made to estimate a persona's reach where the persona or the survey says too little.
 * Each is reported with the estimate ({@link PersonaReach#assumptions()}) and in the explanation.
 */
public enum ReachAssumption {
  /**
   * The persona has no age range: its reach is that of all surveyed adults of its gender mix.
   */
  AGE_UNKNOWN,
  /**
   * The persona is entirely under 18, which the surveys do not cover: the youngest surveyed band
   * (18–29) stands in for it.
   */
  UNDER_18_AS_YOUNGEST_ADULTS,
  /**
   * The persona has no gender mix, or only people of other genders, which the surveys do not
   * report: it is taken as evenly split between women and men.
   */
  GENDER_UNKNOWN
}
