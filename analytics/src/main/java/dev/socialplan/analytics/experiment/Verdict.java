package dev.socialplan.analytics.experiment;

import dev.socialplan.analytics.internal.Text;
import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a marketer can conclude from an experiment, and why, in plain words.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>If any variant has fewer trials than {@link ExperimentDesign#requiredSampleSizePerVariant()},
 *       the verdict is {@link VerdictKind#SAMPLE_TOO_SMALL}, even when the difference already looks
 *       significant: stopping a test at the first significant peek inflates false winners (Evan
 *       Miller, "How Not To Run an A/B Test", 2010).
 *   <li>Otherwise, if the leading variant is significantly better than every other at the design's
 *       significance level (the z-test for two variants; Holm-adjusted z-tests for more), the
 *       verdict is {@link VerdictKind#SIGNIFICANT_WINNER}, with the winner, its relative lift over
 *       the runner-up and Newcombe's interval for the difference.
 *   <li>Otherwise it is {@link VerdictKind#NO_DIFFERENCE_DETECTED}.
 * </ol>
 *
 * <p>A verdict keeps what it was decided from, the analysis and the design ({@link #analysis()},
 * {@link #design()}): {@code Verdict.of(v.analysis(), v.design())} equals {@code v}, so a stored
 * verdict is rebuilt by deciding again, and its reason is written out in any language from the same
 * figures. Two verdicts are equal when they were decided from equal analyses and designs.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Verdict {

  Verdict() {}

  /**
   * Returns the analysis the verdict was decided from.
   *
   * @return the two-variant or multi-variant analysis
   */
  public abstract ExperimentAnalysis analysis();

  /**
   * Returns the design the verdict was decided against: its significance level, minimum detectable
   * effect and required sample size.
   *
   * @return the design
   */
  public abstract ExperimentDesign design();

  /**
   * Returns the kind of conclusion.
   *
   * @return the kind
   */
  public abstract VerdictKind kind();

  /**
   * Returns the winning variant's name.
   *
   * @return the winner; present exactly when the kind is {@link VerdictKind#SIGNIFICANT_WINNER}
   */
  public abstract Optional<String> winner();

  /**
   * Returns the name of the variant the winner was compared with: the other variant, or the
   * runner-up when there are more than two.
   *
   * @return the runner-up; present exactly when the winner is
   */
  public abstract Optional<String> runnerUp();

  /**
   * Returns the winner's relative lift over the runner-up, {@code (p̂winner − p̂runnerUp) /
   * p̂runnerUp}.
   *
   * @return the lift; present when there is a winner (it may be undefined if the runner-up had no
   *     successes)
   */
  public abstract Optional<Ratio> relativeLift();

  /**
   * Returns Newcombe's interval for the difference {@code p̂winner − p̂runnerUp}.
   *
   * @return the interval; present when there is a winner
   */
  public abstract Optional<ConfidenceInterval> differenceInterval();

  /**
   * Returns the p-value the decision rests on: the z-test's for two variants, the largest
   * Holm-adjusted p-value of the leader's pairs for more.
   *
   * @return the p-value; empty when no test was defined (no variance in the data)
   */
  public abstract OptionalDouble pValue();

  /**
   * Returns the trials each variant needed, from the design.
   *
   * @return the required sample size per variant
   */
  public abstract long requiredSampleSizePerVariant();

  /**
   * Returns the reason in words a marketer understands, with the numbers.
   *
   * <p>The text comes from socialplan-analytics' message bundle, in English and Traditional Chinese
   * ({@code zh-TW}); figures are written the same way in every language ({@code 12.35%}).
   *
   * @param locale the language of the text; a locale without its own bundle gets English
   * @return the reason, not blank
   * @throws NullPointerException if the locale is null
   */
  public String reason(Locale locale) {
    return reasonText().format(locale);
  }

  /** The reason before it is written out in a language. */
  abstract Text reasonText();

  static Builder builder() {
    return new Builder();
  }

  /**
   * Decides a test against its design: {@link #of(TwoVariantAnalysis, ExperimentDesign)} for a
   * two-variant analysis, {@link #of(MultiVariantAnalysis, ExperimentDesign)} for a multi-variant
   * one. This is the factory from a verdict's state: {@code Verdict.of(v.analysis(), v.design())}
   * equals {@code v}.
   *
   * @param analysis the analysis of the variants
   * @param design the experiment's design
   * @return the verdict
   */
  public static Verdict of(ExperimentAnalysis analysis, ExperimentDesign design) {
    Checks.notNull(analysis, "analysis");
    Checks.notNull(design, "design");
    // The interface is sealed to exactly these two records.
    return analysis instanceof TwoVariantAnalysis two
        ? of(two, design)
        : of((MultiVariantAnalysis) analysis, design);
  }

  /**
   * Decides a two-variant test against its design. Significance is judged by the z-test (equal to
   * the uncorrected chi-square) at {@link ExperimentDesign#significance()}; the interval uses the
   * analysis's confidence level.
   *
   * @param analysis the analysis of the two variants
   * @param design the experiment's design
   * @return the verdict
   */
  public static Verdict of(TwoVariantAnalysis analysis, ExperimentDesign design) {
    Checks.notNull(analysis, "analysis");
    Checks.notNull(design, "design");
    Variant a = analysis.control();
    Variant b = analysis.treatment();
    long required = design.requiredSampleSizePerVariant();
    Optional<SignificanceTest> test = analysis.zTest();
    OptionalDouble p =
        test.map(t -> OptionalDouble.of(t.pValue())).orElseGet(OptionalDouble::empty);
    List<Variant> both = List.of(a, b);
    if (Math.min(a.trials(), b.trials()) < required) {
      return tooSmall(analysis, both, design, required, p);
    }
    boolean bLeads = b.rate().compareTo(a.rate()) > 0;
    Variant leader = bLeads ? b : a;
    Variant other = bLeads ? a : b;
    if (test.isPresent() && test.get().pValue() <= design.significance()) {
      return winner(
          analysis,
          leader,
          other,
          analysis.confidenceLevel(),
          design,
          required,
          p.getAsDouble(),
          Text.empty());
    }
    return noDifference(analysis, leader, other, design, required, p, Text.empty());
  }

  /**
   * Decides a test of two or more variants against its design: the leader wins when its
   * Holm-adjusted z-tests against every other variant are significant at {@link
   * ExperimentDesign#significance()} (the family-wise level); the interval is at {@code 1 − α}.
   *
   * @param analysis the analysis of the variants
   * @param design the experiment's design
   * @return the verdict
   */
  public static Verdict of(MultiVariantAnalysis analysis, ExperimentDesign design) {
    Checks.notNull(analysis, "analysis");
    Checks.notNull(design, "design");
    long required = design.requiredSampleSizePerVariant();
    List<Variant> variants = analysis.variants();
    long smallest = variants.stream().mapToLong(Variant::trials).min().orElseThrow();
    Variant leader = analysis.leader().orElse(analysis.control());
    List<PairwiseComparison> pairs = analysis.pairsOf(leader.name());
    OptionalDouble p =
        pairs.stream().allMatch(c -> c.holmAdjustedPValue().isPresent())
            ? pairs.stream().mapToDouble(c -> c.holmAdjustedPValue().getAsDouble()).max()
            : OptionalDouble.empty();
    if (smallest < required) {
      return tooSmall(analysis, variants, design, required, p);
    }
    Variant runnerUp =
        variants.stream()
            .filter(v -> v != leader)
            .max(Comparator.comparing(Variant::rate).thenComparing(v -> -variants.indexOf(v)))
            .orElseThrow();
    boolean leaderBeatsAll =
        pairs.stream().allMatch(c -> c.isSignificantAt(design.significance()))
            && variants.stream().filter(v -> v != leader).allMatch(v -> leader.rate().compareTo(v.rate()) > 0);
    Text correction =
        Text.of("verdict.holm", Integer.toString(variants.size() * (variants.size() - 1) / 2));
    if (leaderBeatsAll) {
      return winner(
          analysis,
          leader,
          runnerUp,
          1 - design.significance(),
          design,
          required,
          p.getAsDouble(),
          correction);
    }
    return noDifference(analysis, leader, runnerUp, design, required, p, correction);
  }

  private static Verdict tooSmall(
      ExperimentAnalysis analysis,
      List<Variant> variants,
      ExperimentDesign design,
      long required,
      OptionalDouble p) {
    List<Text> counts = new ArrayList<>(variants.size());
    for (Variant v : variants) {
      counts.add(Text.of("verdict.trials", v.name(), count(v.trials())));
    }
    Text reason =
        Text.of("verdict.tooSmall", count(required), design.describeText(), Text.series(counts));
    Verdict.Builder builder =
        builder()
            .analysis(analysis)
            .design(design)
            .kind(VerdictKind.SAMPLE_TOO_SMALL)
            .requiredSampleSizePerVariant(required)
            .reasonText(reason);
    p.ifPresent(builder::pValue);
    return builder.build();
  }

  private static Verdict winner(
      ExperimentAnalysis analysis,
      Variant winner,
      Variant runnerUp,
      double level,
      ExperimentDesign design,
      long required,
      double p,
      Text correction) {
    TwoVariantAnalysis pair = TwoVariantAnalysis.of(runnerUp, winner, level);
    Ratio lift = pair.relativeLift();
    Optional<ConfidenceInterval> interval = pair.differenceInterval();
    double difference = pair.difference().orElseThrow();
    Text liftText =
        lift.value().isPresent()
            ? Text.of(
                "verdict.lift", Percentages.format(lift.value().getAsDouble()), runnerUp.name())
            : Text.of("verdict.liftUndefined", runnerUp.name());
    Text intervalText =
        interval
            .map(
                i ->
                    Text.of(
                        "verdict.interval",
                        Percentages.format(i.confidenceLevel()),
                        Percentages.signedPoints(i.lower()),
                        Percentages.points(i.upper())))
            .orElse(Text.empty());
    Text reason =
        Text.of(
            "verdict.winner",
            winner.name(),
            liftText,
            Percentages.format(winner.rate().valueOr(0)),
            Percentages.format(runnerUp.rate().valueOr(0)),
            Percentages.points(difference),
            intervalText,
            formatP(p),
            correction,
            Percentages.format(design.significance()));
    Verdict.Builder builder =
        builder()
            .analysis(analysis)
            .design(design)
            .kind(VerdictKind.SIGNIFICANT_WINNER)
            .winner(winner.name())
            .runnerUp(runnerUp.name())
            .relativeLift(lift)
            .pValue(p)
            .requiredSampleSizePerVariant(required)
            .reasonText(reason);
    interval.ifPresent(builder::differenceInterval);
    return builder.build();
  }

  private static Verdict noDifference(
      ExperimentAnalysis analysis,
      Variant leader,
      Variant other,
      ExperimentDesign design,
      long required,
      OptionalDouble p,
      Text correction) {
    Text observed;
    if (p.isEmpty()) {
      observed = Text.of("verdict.allSame", Percentages.format(leader.rate().valueOr(0)));
    } else if (leader.rate().compareTo(other.rate()) == 0) {
      observed =
          Text.of(
              "verdict.same",
              leader.name(),
              other.name(),
              Percentages.format(leader.rate().valueOr(0)));
    } else {
      observed =
          Text.of(
              "verdict.leads",
              leader.name(),
              other.name(),
              Percentages.format(leader.rate().valueOr(0)),
              Percentages.format(other.rate().valueOr(0)),
              formatP(p.getAsDouble()),
              correction,
              Percentages.format(design.significance()));
    }
    Text reason =
        Text.of(
            "verdict.noDifference",
            count(required),
            observed,
            Percentages.points(design.minimumDetectableEffect()));
    Verdict.Builder builder =
        builder()
            .analysis(analysis)
            .design(design)
            .kind(VerdictKind.NO_DIFFERENCE_DETECTED)
            .requiredSampleSizePerVariant(required)
            .reasonText(reason);
    p.ifPresent(builder::pValue);
    return builder.build();
  }

  private static Text formatP(double p) {
    return p < 0.0001
        ? Text.of("verdict.pBelow", "0.0001")
        : Text.literal(String.format(Locale.ROOT, "%.4f", p));
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  @Value.Check
  void check() {
    Checks.nonNegative(requiredSampleSizePerVariant(), "requiredSampleSizePerVariant");
    if (requiredSampleSizePerVariant() != design().requiredSampleSizePerVariant()) {
      throw new IllegalArgumentException(
          "requiredSampleSizePerVariant must be the design's "
              + design().requiredSampleSizePerVariant() + ": " + requiredSampleSizePerVariant());
    }
    boolean isWinner = kind() == VerdictKind.SIGNIFICANT_WINNER;
    if (winner().isPresent() != isWinner || runnerUp().isPresent() != isWinner) {
      throw new IllegalArgumentException(
          "winner and runnerUp must be present exactly for a SIGNIFICANT_WINNER: " + kind());
    }
    pValue().ifPresent(v -> Checks.fraction(v, "pValue"));
  }

  /** Builds a {@link Verdict}. Not thread-safe; {@link #build()} validates. */
  static final class Builder extends ImmutableVerdict.Builder {
    Builder() {}
  }
}
