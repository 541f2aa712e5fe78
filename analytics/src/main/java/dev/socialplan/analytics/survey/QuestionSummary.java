package dev.socialplan.analytics.survey;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The answers to one question of a survey: how many answered, how many did not (missing), how many
 * answers were invalid (off the scale, an unknown option, or a rating given to a choice question and
 * vice versa), the distribution of valid answers and, for rating questions, their mean and median.
 *
 * <p>Obtained from {@link SurveySummary}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QuestionSummary {

  QuestionSummary() {}

  /**
   * Returns the question summarised.
   *
   * @return the question
   */
  public abstract Question question();

  /**
   * Returns the number of valid answers.
   *
   * @return valid answers, not negative
   */
  public abstract long answered();

  /**
   * Returns the number of responses that did not answer the question.
   *
   * @return missing answers, not negative
   */
  public abstract long missing();

  /**
   * Returns the number of answers that could not be used: off the scale, not one of the options, or
   * of the wrong kind.
   *
   * @return invalid answers, not negative
   */
  public abstract long invalid();

  /**
   * Returns the count of each valid answer, every point of the scale or every option included (with
   * zero when nobody chose it), in scale order or the options' order. Rating answers are keyed by
   * their decimal text ({@code "9"}).
   *
   * @return the distribution
   */
  public abstract Map<String, Long> distribution();

  /**
   * Returns the mean of the valid ratings.
   *
   * @return the mean; empty for a choice question or when nobody answered
   */
  public abstract OptionalDouble mean();

  /**
   * Returns the median of the valid ratings (the mean of the two middle ones for an even count).
   *
   * @return the median; empty for a choice question or when nobody answered
   */
  public abstract OptionalDouble median();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the share of responses that answered validly.
   *
   * @return answered ÷ (answered + missing + invalid); undefined when there were no responses
   */
  public Ratio responseRate() {
    return Ratio.of(answered(), answered() + missing() + invalid());
  }

  /**
   * Returns the share of valid answers that chose an option or a rating.
   *
   * @param answer an option, or a rating's decimal text
   * @return its count ÷ answered; undefined when nobody answered
   */
  public Ratio share(String answer) {
    Checks.notNull(answer, "answer");
    return Ratio.of(distribution().getOrDefault(answer, 0L), answered());
  }

  /**
   * Returns the Net Promoter Score of a question on the 0–10 scale.
   *
   * @return the score; empty for other questions
   */
  public Optional<NetPromoterScore> netPromoterScore() {
    if (!question().scale().equals(Optional.of(RatingScale.ZERO_TO_TEN))) {
      return Optional.empty();
    }
    long promoters = 0;
    long passives = 0;
    long detractors = 0;
    for (int rating = 0; rating <= 10; rating++) {
      long count = distribution().getOrDefault(Integer.toString(rating), 0L);
      if (rating >= 9) {
        promoters += count;
      } else if (rating >= 7) {
        passives += count;
      } else {
        detractors += count;
      }
    }
    return Optional.of(NetPromoterScore.of(promoters, passives, detractors));
  }

  /**
   * Returns the CSAT of a rating question whose scale is the definition's scale.
   *
   * @param definition which answers count as satisfied
   * @return the score; empty for a choice question or a question on another scale
   */
  public Optional<CustomerSatisfaction> customerSatisfaction(CsatDefinition definition) {
    Checks.notNull(definition, "definition");
    if (!question().scale().equals(Optional.of(definition.scale()))) {
      return Optional.empty();
    }
    long satisfied = 0;
    for (int rating = definition.satisfiedFrom(); rating <= definition.scale().max(); rating++) {
      satisfied += distribution().getOrDefault(Integer.toString(rating), 0L);
    }
    return Optional.of(CustomerSatisfaction.of(satisfied, answered()));
  }

  @Value.Check
  void check() {
    Checks.nonNegative(answered(), "answered");
    Checks.nonNegative(missing(), "missing");
    Checks.nonNegative(invalid(), "invalid");
    long total = distribution().values().stream().mapToLong(Long::longValue).sum();
    if (total != answered()) {
      throw new IllegalArgumentException(
          "distribution must add up to answered (" + answered() + "): " + total);
    }
  }

  /** Builds a {@link QuestionSummary}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableQuestionSummary.Builder {
    Builder() {}
  }
}
