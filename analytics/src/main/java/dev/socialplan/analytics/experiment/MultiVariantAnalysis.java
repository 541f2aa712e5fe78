package dev.socialplan.analytics.experiment;

import dev.socialplan.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A test of two or more variants on a rate (an A/B/n test): Pearson's chi-square across all
 * variants, then every pair compared with a two-proportion z-test and the p-values adjusted with
 * Holm's step-down method so that the chance of any false positive among all pairs stays at most
 * the family-wise significance level.
 *
 * <p><b>Holm's method</b> (Holm, 1979, "A simple sequentially rejective multiple test procedure",
 * <i>Scandinavian Journal of Statistics</i> 6:65–70): sort the {@code m} defined p-values
 * ascending, {@code p(1) ≤ … ≤ p(m)}; the adjusted value of the {@code i}-th is {@code
 * min(1, max_{j≤i} (m − j + 1) · p(j))}. It is uniformly more powerful than Bonferroni's {@code m ·
 * p}. Worked example: raw p-values 0.01, 0.04, 0.03 become 0.03, 0.06, 0.06.
 *
 * <p>The first variant is the control. This record is immutable and thread-safe; results are
 * computed on each call.
 *
 * @param variants the variants, at least two, with distinct names; the first is the control
 */
public record MultiVariantAnalysis(List<Variant> variants) implements ExperimentAnalysis {

  /**
   * Validates and copies the variants.
   *
   * @param variants the variants, at least two, with distinct names
   * @throws NullPointerException if the list or a variant is null
   * @throws IllegalArgumentException if there are fewer than two variants or two share a name
   */
  public MultiVariantAnalysis {
    Checks.noNullElements(variants, "variants");
    variants = List.copyOf(variants);
    if (variants.size() < 2) {
      throw new IllegalArgumentException(
          "variants must hold at least two variants: " + variants.size());
    }
    Set<String> names = new HashSet<>();
    for (Variant v : variants) {
      if (!names.add(v.name())) {
        throw new IllegalArgumentException("variants must have distinct names: " + v.name());
      }
    }
  }

  /**
   * Obtains an analysis of the given variants.
   *
   * @param variants the variants, at least two, with distinct names; the first is the control
   * @return the analysis
   * @throws IllegalArgumentException if there are fewer than two variants or two share a name
   */
  public static MultiVariantAnalysis of(List<Variant> variants) {
    return new MultiVariantAnalysis(variants);
  }

  /**
   * Obtains an analysis of the given variants.
   *
   * @param control the control variant
   * @param others the other variants, at least one
   * @return the analysis
   * @throws IllegalArgumentException if there are fewer than two variants or two share a name
   */
  public static MultiVariantAnalysis of(Variant control, Variant... others) {
    List<Variant> all = new ArrayList<>();
    all.add(control);
    all.addAll(List.of(others));
    return new MultiVariantAnalysis(all);
  }

  /**
   * Returns the control, the first variant.
   *
   * @return the control
   */
  @Override
  public Variant control() {
    return variants.get(0);
  }

  /**
   * Returns Pearson's chi-square test of independence across all variants (Apache Commons Statistics
   * {@code ChiSquareTest}, {@code k − 1} degrees of freedom): does any variant's rate differ?
   *
   * @return the test; empty when a variant has no trials or the pooled rate is 0 or 1
   */
  public Optional<SignificanceTest> chiSquare() {
    return RateStatistics.pearson(variants);
  }

  /**
   * Returns every pair {@code (i, j)} with {@code i < j} in the variants' order, each with its
   * z-test and Holm-adjusted p-value.
   *
   * @return the {@code k(k − 1)/2} pairs
   */
  public List<PairwiseComparison> pairwise() {
    List<Variant[]> pairs = new ArrayList<>();
    List<Optional<SignificanceTest>> tests = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      for (int j = i + 1; j < variants.size(); j++) {
        pairs.add(new Variant[] {variants.get(i), variants.get(j)});
        tests.add(RateStatistics.zTest(variants.get(i), variants.get(j)));
      }
    }
    double[] adjusted = holm(tests);
    List<PairwiseComparison> result = new ArrayList<>(pairs.size());
    for (int k = 0; k < pairs.size(); k++) {
      PairwiseComparison.Builder builder =
          PairwiseComparison.builder().first(pairs.get(k)[0]).second(pairs.get(k)[1]);
      tests.get(k).ifPresent(builder::test);
      if (tests.get(k).isPresent()) {
        builder.holmAdjustedPValue(adjusted[k]);
      }
      result.add(builder.build());
    }
    return List.copyOf(result);
  }

  /**
   * Returns the pairs that involve a variant.
   *
   * @param name the variant's name
   * @return the {@code k − 1} pairs that include it; empty if no variant has that name
   */
  public List<PairwiseComparison> pairsOf(String name) {
    Checks.notNull(name, "name");
    return pairwise().stream()
        .filter(p -> p.first().name().equals(name) || p.second().name().equals(name))
        .toList();
  }

  /**
   * Returns the variant with the highest observed rate; ties go to the earlier variant.
   *
   * @return the leading variant; empty when no variant has trials
   */
  public Optional<Variant> leader() {
    return variants.stream()
        .filter(v -> v.trials() > 0)
        .max(Comparator.comparing(Variant::rate).thenComparing(v -> -variants.indexOf(v)));
  }

  /** Holm-adjusted p-values, index-aligned with the tests; undefined tests are left out. */
  static double[] holm(List<Optional<SignificanceTest>> tests) {
    List<Integer> defined = new ArrayList<>();
    for (int k = 0; k < tests.size(); k++) {
      if (tests.get(k).isPresent()) {
        defined.add(k);
      }
    }
    defined.sort(Comparator.comparingDouble(k -> tests.get(k).orElseThrow().pValue()));
    double[] adjusted = new double[tests.size()];
    int m = defined.size();
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int k = defined.get(rank);
      double p = tests.get(k).orElseThrow().pValue();
      running = Math.max(running, Math.min(1, (m - rank) * p));
      adjusted[k] = running;
    }
    return adjusted;
  }
}
