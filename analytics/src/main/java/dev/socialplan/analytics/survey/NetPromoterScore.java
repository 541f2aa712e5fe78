package dev.socialplan.analytics.survey;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Net Promoter Score: the share of promoters (9–10 on "how likely are you to recommend us", 0–10)
 * minus the share of detractors (0–6), in points from −100 to 100; passives (7–8) count only in the
 * base (Reichheld, "The One Number You Need to Grow", <i>Harvard Business Review</i>, December 2003;
 * Bain &amp; Company's Net Promoter System).
 *
 * <p><b>Margin of error.</b> With {@code n} respondents and shares {@code p_P}, {@code p_D}, the
 * score (as a fraction) is {@code p̂_P − p̂_D}, whose multinomial variance is {@code Var = (p_P(1 −
 * p_P) + p_D(1 − p_D) + 2 p_P p_D) / n = (p_P + p_D − (p_P − p_D)²) / n} (the covariance of two
 * multinomial shares is {@code −p_P p_D / n}). The margin of error at confidence {@code 1 − α} is
 * {@code z₁₋α/2 · √Var · 100} points, the Wald interval discussed by Rocks, "Interval Estimation for
 * the 'Net Promoter Score'", <i>The American Statistician</i> 70(4), 2016; the interval is clamped
 * to {@code [−100, 100]}. Quantiles come from Apache Commons Statistics.
 *
 * <p>Worked example: 50 promoters, 30 passives, 20 detractors → NPS = 50 % − 20 % = 30; {@code Var
 * = (0.5 + 0.2 − 0.3²) / 100 = 0.0061}, standard error 7.81 points, 95 % margin of error 15.31
 * points.
 *
 * <p>With no respondents the score is undefined (empty), never 0. This record is immutable and
 * thread-safe.
 *
 * @param promoters respondents who answered 9 or 10
 * @param passives respondents who answered 7 or 8
 * @param detractors respondents who answered 0 to 6
 */
public record NetPromoterScore(long promoters, long passives, long detractors) {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  /**
   * Validates the counts.
   *
   * @param promoters respondents who answered 9 or 10, not negative
   * @param passives respondents who answered 7 or 8, not negative
   * @param detractors respondents who answered 0 to 6, not negative
   * @throws IllegalArgumentException if a count is negative or the total overflows
   */
  public NetPromoterScore {
    Checks.nonNegative(promoters, "promoters");
    Checks.nonNegative(passives, "passives");
    Checks.nonNegative(detractors, "detractors");
    Math.addExact(Math.addExact(promoters, passives), detractors);
  }

  /**
   * Obtains a score from counts.
   *
   * @param promoters respondents who answered 9 or 10
   * @param passives respondents who answered 7 or 8
   * @param detractors respondents who answered 0 to 6
   * @return the score
   * @throws IllegalArgumentException if a count is negative
   */
  public static NetPromoterScore of(long promoters, long passives, long detractors) {
    return new NetPromoterScore(promoters, passives, detractors);
  }

  /**
   * Counts promoters, passives and detractors among answers on the 0–10 scale.
   *
   * @param answers the answers, each from 0 to 10
   * @return the score
   * @throws IllegalArgumentException if an answer is outside 0 to 10, naming it
   */
  public static NetPromoterScore fromAnswers(Collection<Integer> answers) {
    Checks.noNullElements(answers, "answers");
    long promoters = 0;
    long passives = 0;
    long detractors = 0;
    for (int answer : answers) {
      Checks.inRange(answer, 0, 10, "answer");
      if (answer >= 9) {
        promoters++;
      } else if (answer >= 7) {
        passives++;
      } else {
        detractors++;
      }
    }
    return new NetPromoterScore(promoters, passives, detractors);
  }

  /**
   * Returns the number of respondents.
   *
   * @return promoters + passives + detractors
   */
  public long respondents() {
    return promoters + passives + detractors;
  }

  /**
   * Returns the share of promoters.
   *
   * @return promoters ÷ respondents; undefined without respondents
   */
  public Ratio promoterShare() {
    return Ratio.of(promoters, respondents());
  }

  /**
   * Returns the share of detractors.
   *
   * @return detractors ÷ respondents; undefined without respondents
   */
  public Ratio detractorShare() {
    return Ratio.of(detractors, respondents());
  }

  /**
   * Returns the score in points.
   *
   * @return {@code 100 · (promoters − detractors) / respondents}, from −100 to 100; empty without
   *     respondents
   */
  public OptionalDouble score() {
    if (respondents() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(100.0 * (promoters - detractors) / respondents());
  }

  /**
   * Returns the standard error of the score in points, {@code 100 · √((p_P + p_D − (p_P − p_D)²) /
   * n)}.
   *
   * @return the standard error; empty without respondents
   */
  public OptionalDouble standardError() {
    long n = respondents();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    double p = (double) promoters / n;
    double d = (double) detractors / n;
    double variance = Math.max(0, p + d - (p - d) * (p - d)) / n;
    return OptionalDouble.of(100 * Math.sqrt(variance));
  }

  /**
   * Returns the margin of error in points at a confidence level: {@code z₁₋α/2 · standardError()}.
   *
   * @param confidenceLevel the level, in {@code (0, 1)}, for example 0.95
   * @return the margin of error; empty without respondents
   * @throws IllegalArgumentException if the level is not in {@code (0, 1)}
   */
  public OptionalDouble marginOfError(double confidenceLevel) {
    double z = quantile(confidenceLevel);
    OptionalDouble se = standardError();
    return se.isPresent() ? OptionalDouble.of(z * se.getAsDouble()) : OptionalDouble.empty();
  }

  /**
   * Returns the interval {@code score ± marginOfError}, clamped to {@code [−100, 100]}.
   *
   * @param confidenceLevel the level, in {@code (0, 1)}
   * @return the interval; empty without respondents
   * @throws IllegalArgumentException if the level is not in {@code (0, 1)}
   */
  public Optional<ScoreInterval> interval(double confidenceLevel) {
    OptionalDouble margin = marginOfError(confidenceLevel);
    if (margin.isEmpty()) {
      return Optional.empty();
    }
    double score = score().getAsDouble();
    return Optional.of(
        new ScoreInterval(
            Math.max(-100, score - margin.getAsDouble()),
            Math.min(100, score + margin.getAsDouble()),
            confidenceLevel));
  }

  /**
   * Returns a readable form.
   *
   * @return for example {@code "NPS 30 (50 promoters, 30 passives, 20 detractors)"}
   */
  @Override
  public String toString() {
    String value =
        score().isPresent()
            ? String.format(Locale.ROOT, "%.4g", score().getAsDouble()).replaceFirst("\\.?0+$", "")
            : "undefined";
    return String.format(
        Locale.ROOT,
        "NPS %s (%d promoters, %d passives, %d detractors)",
        value,
        promoters,
        passives,
        detractors);
  }

  private static double quantile(double confidenceLevel) {
    Checks.finite(confidenceLevel, "confidenceLevel");
    if (confidenceLevel <= 0 || confidenceLevel >= 1) {
      throw new IllegalArgumentException(
          "confidenceLevel must be greater than 0 and less than 1: " + confidenceLevel);
    }
    return STANDARD_NORMAL.inverseSurvivalProbability((1 - confidenceLevel) / 2);
  }
}
