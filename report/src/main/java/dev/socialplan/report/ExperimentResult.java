package dev.socialplan.report;

import dev.socialplan.analytics.experiment.MultiVariantAnalysis;
import dev.socialplan.analytics.experiment.TwoVariantAnalysis;
import dev.socialplan.analytics.experiment.Verdict;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One experiment as the review shows it: its name, the variants' counts (the first is the
 * control) and, when the caller judged it against a design, the verdict.
 *
 * <pre>{@code
 * ExperimentResult result =
 *     ExperimentResult.of("Caption test", MultiVariantAnalysis.of(control, treatment))
 *         .withVerdict(Verdict.of(analysis, design));
 * }</pre>
 *
 * <p>Each variant's interval is the Wilson score interval at {@link #confidenceLevel()}, as {@link
 * TwoVariantAnalysis#treatmentInterval()} computes it. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExperimentResult {
  ExperimentResult() {}

  /**
   * Returns the experiment's name, as the review titles it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the variants and their comparison.
   *
   * @return the analysis
   */
  public abstract MultiVariantAnalysis analysis();

  /**
   * Returns the verdict against the experiment's design, when the caller has one.
   *
   * @return the verdict, or empty
   */
  public abstract Optional<Verdict> verdict();

  /**
   * Returns the confidence level of the variants' intervals.
   *
   * @return in (0, 1); default {@link TwoVariantAnalysis#DEFAULT_CONFIDENCE_LEVEL}
   */
  @Value.Default
  public double confidenceLevel() {
    return TwoVariantAnalysis.DEFAULT_CONFIDENCE_LEVEL;
  }

  /**
   * Returns an experiment without a verdict, at the default confidence level.
   *
   * @param name the name, not blank
   * @param analysis the variants
   * @return the result
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static ExperimentResult of(String name, MultiVariantAnalysis analysis) {
    return builder().name(name).analysis(analysis).build();
  }

  /**
   * Returns a copy with a verdict.
   *
   * @param verdict the verdict
   * @return the copy
   */
  public abstract ExperimentResult withVerdict(Verdict verdict);

  /**
   * Returns a copy at another confidence level.
   *
   * @param level in (0, 1)
   * @return the copy
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  public abstract ExperimentResult withConfidenceLevel(double level);

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Blank.check(name(), "name");
    double level = confidenceLevel();
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidenceLevel must be in (0, 1): " + level);
    }
  }

  /** Builds an {@link ExperimentResult}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableExperimentResult.Builder {
    Builder() {}
  }
}
