package dev.socialplan.analytics.survey;

import dev.socialplan.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.statistics.descriptive.Median;
import org.immutables.value.Value;

/**
 * A summary of a survey's answers, one {@link QuestionSummary} per question in the survey's order,
 * with the number of responses and the identifiers of answered questions that are not in the
 * survey.
 *
 * <p>Obtain one with {@link #of(List, List)}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveySummary {

  SurveySummary() {}

  /**
   * Returns the number of responses summarised.
   *
   * @return the responses
   */
  public abstract long responses();

  /**
   * Returns the summary of every question, in the survey's order.
   *
   * @return the question summaries
   */
  public abstract List<QuestionSummary> questions();

  /**
   * Returns the identifiers of questions that responses answered but the survey does not have, in
   * alphabetical order: usually a renamed or removed question.
   *
   * @return the unknown question identifiers
   */
  public abstract Set<String> unknownQuestionIds();

  /**
   * Summarises responses to a survey.
   *
   * @param questions the survey's questions, with distinct identifiers
   * @param responses the responses
   * @return the summary
   * @throws IllegalArgumentException if two questions share an identifier
   */
  public static SurveySummary of(List<Question> questions, List<SurveyResponse> responses) {
    Checks.noNullElements(questions, "questions");
    Checks.noNullElements(responses, "responses");
    Set<String> ids = new HashSet<>();
    for (Question q : questions) {
      if (!ids.add(q.id())) {
        throw new IllegalArgumentException("questions must have distinct ids: " + q.id());
      }
    }
    List<QuestionSummary> summaries = new ArrayList<>(questions.size());
    for (Question q : questions) {
      summaries.add(summarise(q, responses));
    }
    Set<String> unknown = new TreeSet<>();
    for (SurveyResponse r : responses) {
      for (String id : r.ratings().keySet()) {
        if (!ids.contains(id)) {
          unknown.add(id);
        }
      }
      for (String id : r.choices().keySet()) {
        if (!ids.contains(id)) {
          unknown.add(id);
        }
      }
    }
    return builder()
        .responses(responses.size())
        .questions(summaries)
        .unknownQuestionIds(unknown)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the summary of one question.
   *
   * @param questionId the question's identifier
   * @return the summary; empty if the survey has no such question
   */
  public Optional<QuestionSummary> question(String questionId) {
    Checks.notNull(questionId, "questionId");
    return questions().stream().filter(q -> q.question().id().equals(questionId)).findFirst();
  }

  private static QuestionSummary summarise(Question question, List<SurveyResponse> responses) {
    String id = question.id();
    long missing = 0;
    long invalid = 0;
    Map<String, Long> distribution = new LinkedHashMap<>();
    List<Integer> ratings = new ArrayList<>();
    if (question.isRating()) {
      RatingScale scale = question.scale().orElseThrow();
      for (long v = scale.min(); v <= scale.max(); v++) {
        distribution.put(Long.toString(v), 0L);
      }
    } else {
      for (String option : question.options()) {
        distribution.put(option, 0L);
      }
    }
    for (SurveyResponse response : responses) {
      Integer rating = response.ratings().get(id);
      String choice = response.choices().get(id);
      if (rating == null && choice == null) {
        missing++;
      } else if (question.isRating()
          && rating != null
          && question.scale().orElseThrow().contains(rating)) {
        distribution.merge(Integer.toString(rating), 1L, Long::sum);
        ratings.add(rating);
      } else if (!question.isRating() && choice != null && distribution.containsKey(choice)) {
        distribution.merge(choice, 1L, Long::sum);
      } else {
        invalid++;
      }
    }
    long answered = responses.size() - missing - invalid;
    QuestionSummary.Builder builder =
        QuestionSummary.builder()
            .question(question)
            .answered(answered)
            .missing(missing)
            .invalid(invalid)
            .distribution(distribution);
    if (!ratings.isEmpty()) {
      int[] scores = ratings.stream().mapToInt(Integer::intValue).toArray();
      double sum = 0;
      for (int r : scores) {
        sum += r;
      }
      builder.mean(sum / scores.length);
      // Commons Statistics' median: the middle score, or the mean of the two middle scores.
      builder.median(Median.withDefaults().withCopy(false).evaluate(scores));
    }
    return builder.build();
  }

  @Value.Check
  void check() {
    Checks.nonNegative(responses(), "responses");
    for (QuestionSummary q : questions()) {
      long total = q.answered() + q.missing() + q.invalid();
      if (total != responses()) {
        throw new IllegalArgumentException(
            "question "
                + q.question().id()
                + " must account for every response ("
                + responses()
                + "): "
                + total);
      }
    }
    unknownQuestionIds().forEach(id -> Checks.notNull(id, "unknownQuestionIds"));
  }

  /** Builds a {@link SurveySummary}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableSurveySummary.Builder {
    Builder() {}
  }
}
