package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.analytics.survey.NetPromoterScore;
import dev.socialplan.analytics.survey.Question;
import dev.socialplan.analytics.survey.RatingScale;
import dev.socialplan.analytics.survey.SurveyResponse;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code dev.socialplan.analytics.survey} package: Net Promoter
 * counts and answers, and responses to a fixed three-question survey ({@link #SURVEY}) that include
 * skipped, off-scale and unknown answers. Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class SurveyGenerators {

  /**
   * The survey the response generator answers: {@code nps} (0–10), {@code csat} (1–5) and {@code
   * channel} (Instagram, Friend, Search).
   */
  public static final List<Question> SURVEY =
      List.of(
          Question.rating("nps", "How likely are you to recommend us?", RatingScale.ZERO_TO_TEN),
          Question.rating("csat", "How satisfied are you?", RatingScale.ONE_TO_FIVE),
          Question.choice("channel", "Where did you hear of us?", List.of("Instagram", "Friend", "Search")));

  private SurveyGenerators() {}

  /**
   * Generates Net Promoter counts from zero to {@code max} per group, including all-zero.
   *
   * @param max the largest count per group, not negative
   * @return constructible scores
   */
  public static Gen<NetPromoterScore> netPromoterScores(long max) {
    Gen<Long> count = longs().between(0, max).mix(Generate.constant(0L), 10);
    return count.zip(count, count, NetPromoterScore::of);
  }

  /**
   * Generates lists of answers on the 0–10 scale.
   *
   * @param maxSize the largest number of answers
   * @return answer lists accepted by {@code NetPromoterScore.fromAnswers}
   */
  public static Gen<List<Integer>> npsAnswers(int maxSize) {
    return lists().of(integers().between(0, 10)).ofSizeBetween(0, maxSize);
  }

  /**
   * Generates responses to {@link #SURVEY}: each question answered validly, skipped, or answered
   * invalidly (off the scale, an unknown option), sometimes with an answer to an unknown question.
   *
   * @return constructible responses
   */
  public static Gen<SurveyResponse> responses() {
    Gen<Integer> nps = integers().between(-2, 12).mix(Generate.constant(Integer.MIN_VALUE), 20);
    Gen<Integer> csat = integers().between(0, 6).mix(Generate.constant(Integer.MIN_VALUE), 20);
    Gen<String> channel = Generate.pick(List.of("Instagram", "Friend", "Search", "TikTok", ""));
    return nps.zip(
        csat,
        channel,
        Generate.booleans(),
        (n, c, ch, extra) -> {
          SurveyResponse.Builder b = SurveyResponse.builder();
          if (n != Integer.MIN_VALUE) {
            b.putRating("nps", n);
          }
          if (c != Integer.MIN_VALUE) {
            b.putRating("csat", c);
          }
          if (!ch.isEmpty()) {
            b.putChoice("channel", ch);
          }
          if (extra) {
            b.putRating("age", n);
          }
          return b.build();
        });
  }

  /**
   * Generates lists of responses to {@link #SURVEY}.
   *
   * @param maxSize the largest number of responses
   * @return response lists
   */
  public static Gen<List<SurveyResponse>> responseLists(int maxSize) {
    return lists().of(responses()).ofSizeBetween(0, maxSize);
  }
}
