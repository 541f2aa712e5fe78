package dev.socialplan.analytics.survey;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.util.Collection;

/**
 * Customer satisfaction score (CSAT): the share of respondents who gave a satisfied answer, by
 * default 4 or 5 on a 1–5 scale ("top two box"), as a fraction with a percentage view (the CSAT
 * definition used by survey vendors such as Qualtrics and Zendesk; the satisfied range is
 * configurable through {@link CsatDefinition}).
 *
 * <p>Worked example: 80 of 100 respondents answer 4 or 5 → CSAT 80 %. With no respondents the score
 * is undefined. This record is immutable and thread-safe.
 *
 * @param satisfied the respondents who gave a satisfied answer
 * @param respondents all respondents, at least {@code satisfied}
 */
public record CustomerSatisfaction(long satisfied, long respondents) {

  /**
   * Validates the counts.
   *
   * @param satisfied the satisfied respondents, not negative
   * @param respondents all respondents, at least {@code satisfied}
   * @throws IllegalArgumentException if a count is negative or {@code satisfied > respondents}
   */
  public CustomerSatisfaction {
    Checks.nonNegative(satisfied, "satisfied");
    Checks.nonNegative(respondents, "respondents");
    if (satisfied > respondents) {
      throw new IllegalArgumentException(
          "satisfied must not exceed respondents (" + respondents + "): " + satisfied);
    }
  }

  /**
   * Obtains a score from counts.
   *
   * @param satisfied the satisfied respondents
   * @param respondents all respondents
   * @return the score
   * @throws IllegalArgumentException if a count is negative or {@code satisfied > respondents}
   */
  public static CustomerSatisfaction of(long satisfied, long respondents) {
    return new CustomerSatisfaction(satisfied, respondents);
  }

  /**
   * Counts satisfied answers with the standard definition (4 or 5 of 5).
   *
   * @param answers the answers, each from 1 to 5
   * @return the score
   * @throws IllegalArgumentException if an answer is not on the scale
   */
  public static CustomerSatisfaction fromAnswers(Collection<Integer> answers) {
    return fromAnswers(answers, CsatDefinition.STANDARD);
  }

  /**
   * Counts satisfied answers.
   *
   * @param answers the answers, each on the definition's scale
   * @param definition which answers count as satisfied
   * @return the score
   * @throws IllegalArgumentException if an answer is not on the scale, naming it
   */
  public static CustomerSatisfaction fromAnswers(
      Collection<Integer> answers, CsatDefinition definition) {
    Checks.noNullElements(answers, "answers");
    Checks.notNull(definition, "definition");
    long satisfied = 0;
    for (int answer : answers) {
      if (definition.isSatisfied(answer)) {
        satisfied++;
      }
    }
    return new CustomerSatisfaction(satisfied, answers.size());
  }

  /**
   * Returns the score.
   *
   * @return satisfied ÷ respondents; undefined without respondents
   */
  public Ratio score() {
    return Ratio.of(satisfied, respondents);
  }
}
