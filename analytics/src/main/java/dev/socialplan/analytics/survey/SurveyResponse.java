package dev.socialplan.analytics.survey;

import dev.socialplan.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One respondent's answers, keyed by question identifier: numeric ratings and chosen options. A
 * question the respondent skipped is simply absent (missing, not zero).
 *
 * <p>Answers are not checked against the questions here: a rating off the scale or an unknown
 * option is plausible data-entry trouble, counted as invalid by {@link SurveySummary}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveyResponse {

  SurveyResponse() {}

  /**
   * Returns the respondent's identifier, if known.
   *
   * @return the identifier
   */
  public abstract Optional<String> respondent();

  /**
   * Returns the numeric answers by question identifier.
   *
   * @return the ratings
   */
  public abstract Map<String, Integer> ratings();

  /**
   * Returns the chosen options by question identifier.
   *
   * @return the choices
   */
  public abstract Map<String, String> choices();

  /**
   * Returns a new builder; add answers with {@code putRating(questionId, value)} and {@code
   * putChoice(questionId, option)}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether the respondent answered a question, with a rating or a choice.
   *
   * @param questionId the question's identifier
   * @return true if an answer is present
   */
  public boolean answered(String questionId) {
    return ratings().containsKey(questionId) || choices().containsKey(questionId);
  }

  @Value.Check
  void check() {
    respondent().ifPresent(r -> Checks.nonBlank(r, "respondent"));
    for (String id : ratings().keySet()) {
      if (choices().containsKey(id)) {
        throw new IllegalArgumentException(
            "a question must have one answer, not both a rating and a choice: " + id);
      }
    }
  }

  /** Builds a {@link SurveyResponse}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableSurveyResponse.Builder {
    Builder() {}
  }
}
