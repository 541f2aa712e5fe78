package dev.socialplan.analytics.survey;

import dev.socialplan.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A survey question: a rating on a numeric scale ("how likely are you to recommend us?", 0–10) or a
 * single choice among options ("where did you hear of us?").
 *
 * <p>Obtain one with {@link #rating(String, String, RatingScale)} or {@link #choice(String, String,
 * List)}. Exactly one of {@link #scale()} and {@link #options()} is given. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Question {

  Question() {}

  /**
   * Returns the question's identifier, which answers refer to.
   *
   * @return the identifier, not blank
   */
  public abstract String id();

  /**
   * Returns the question as asked.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Returns the answer scale of a rating question.
   *
   * @return the scale; empty for a choice question
   */
  public abstract Optional<RatingScale> scale();

  /**
   * Returns the options of a choice question, in the order shown.
   *
   * @return distinct, non-blank options; empty for a rating question
   */
  public abstract List<String> options();

  /**
   * Obtains a rating question.
   *
   * @param id the identifier, not blank
   * @param text the question as asked, not blank
   * @param scale the answer scale
   * @return the question
   * @throws IllegalArgumentException if the identifier or text is blank
   */
  public static Question rating(String id, String text, RatingScale scale) {
    return builder().id(id).text(text).scale(scale).build();
  }

  /**
   * Obtains a single-choice question.
   *
   * @param id the identifier, not blank
   * @param text the question as asked, not blank
   * @param options the options, at least one, distinct and not blank
   * @return the question
   * @throws IllegalArgumentException if the identifier or text is blank, or the options are empty,
   *     blank or repeated
   */
  public static Question choice(String id, String text, List<String> options) {
    return builder().id(id).text(text).options(options).build();
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
   * Tells whether this is a rating question.
   *
   * @return true if it has a scale
   */
  public boolean isRating() {
    return scale().isPresent();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "id");
    Checks.nonBlank(text(), "text");
    if (scale().isPresent() == !options().isEmpty()) {
      throw new IllegalArgumentException(
          "question " + id() + " must have either a scale or options, not both or neither");
    }
    Set<String> seen = new HashSet<>();
    for (String option : options()) {
      Checks.nonBlank(option, "options");
      if (!seen.add(option)) {
        throw new IllegalArgumentException("options must be distinct: " + option);
      }
    }
  }

  /** Builds a {@link Question}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableQuestion.Builder {
    Builder() {}
  }
}
