package dev.socialplan.analytics.experiment;

import java.util.List;

/**
 * A frequentist analysis of an experiment's variants that a {@link Verdict} is decided from: a
 * {@link TwoVariantAnalysis} (the z-test) or a {@link MultiVariantAnalysis} (Holm-adjusted z-tests
 * of every pair). A verdict keeps the analysis it was decided from ({@link Verdict#analysis()}), so
 * it can be stored and decided again equal ({@link Verdict#of(ExperimentAnalysis,
 * ExperimentDesign)}).
 *
 * <p>Implementations are immutable and thread-safe records.
 */
public sealed interface ExperimentAnalysis permits TwoVariantAnalysis, MultiVariantAnalysis {

  /**
   * Returns the control, the first variant.
   *
   * @return the control
   */
  Variant control();

  /**
   * Returns the variants compared, the control first.
   *
   * @return the variants, at least two, unmodifiable
   */
  List<Variant> variants();
}
