package dev.socialplan.examples;

import dev.socialplan.analytics.experiment.BayesianComparison;
import dev.socialplan.analytics.experiment.ConfidenceInterval;
import dev.socialplan.analytics.experiment.ExperimentDesign;
import dev.socialplan.analytics.experiment.TwoVariantAnalysis;
import dev.socialplan.analytics.experiment.Variant;
import dev.socialplan.analytics.experiment.Verdict;
import java.util.Locale;

/**
 * Prints one A/B test and its verdict (the strategy guide's "constant testing"): two calls to action on
 * Instagram Stories, compared on link clicks per story view.
 */
final class AbTestSection {
  private AbTestSection() {}

  /** A: the current call to action. Sample figures. */
  static final Variant SHOP_NOW = Variant.of("A \"Shop the routine\"", 7_200, 288);

  /** B: the new one, written in the persona's words. Sample figures. */
  static final Variant FIVE_MINUTES = Variant.of("B \"Five minutes for you\"", 7_050, 366);

  /** Designed to detect one percentage point on a 4 % click-through rate, at 95 % and 80 % power. */
  static final ExperimentDesign DESIGN = ExperimentDesign.of(0.04, 0.01);

  static Verdict verdict() {
    return Verdict.of(TwoVariantAnalysis.of(SHOP_NOW, FIVE_MINUTES), DESIGN);
  }

  static void print(ReportWriter out, String number) {
    TwoVariantAnalysis analysis = TwoVariantAnalysis.of(SHOP_NOW, FIVE_MINUTES);
    Verdict verdict = Verdict.of(analysis, DESIGN);
    out.section(number + " A/B test: the Stories call to action");
    out.paragraph(
        "Two calls to action on Instagram Stories, shown at random, compared on link clicks per"
            + " story view (sample figures). The test was designed to "
            + DESIGN.describe(Locale.ENGLISH)
            + ", which takes "
            + Figures.count(DESIGN.requiredSampleSizePerVariant())
            + " views per variant.");
    out.blank();
    TextTable table = new TextTable("Variant", ">Views", ">Clicks", ">Click-through", "95% interval");
    table.row(
        SHOP_NOW.name(),
        Figures.count(SHOP_NOW.trials()),
        Figures.count(SHOP_NOW.successes()),
        Figures.percent(SHOP_NOW.rate(), 2),
        analysis.controlInterval().map(AbTestSection::interval).orElse("-"));
    table.row(
        FIVE_MINUTES.name(),
        Figures.count(FIVE_MINUTES.trials()),
        Figures.count(FIVE_MINUTES.successes()),
        Figures.percent(FIVE_MINUTES.rate(), 2),
        analysis.treatmentInterval().map(AbTestSection::interval).orElse("-"));
    out.table(table);
    out.blank();
    out.line(
        "  Relative lift      "
            + (analysis.relativeLift().valueOr(0) > 0 ? "+" : "")
            + Figures.percent(analysis.relativeLift(), 1)
            + " (B against A)");
    analysis
        .differenceInterval()
        .ifPresent(i -> out.line("  Difference         " + points(analysis.difference().orElse(0)) + ", 95% interval " + points(i.lower()) + " to " + points(i.upper())));
    analysis.zTest().ifPresent(z -> out.line("  z-test             z = " + Figures.number(z.statistic(), 2) + ", p = " + pValue(z.pValue())));
    BayesianComparison bayes = BayesianComparison.of(SHOP_NOW, FIVE_MINUTES);
    out.line(
        "  Bayesian           probability that B beats A: "
            + probability(bayes.probabilityTreatmentBeatsControl()));
    out.blank();
    out.hanging("Verdict: ", "         ", verdict.reason(Locale.ENGLISH));
  }

  private static String interval(ConfidenceInterval i) {
    return Figures.percent(i.lower(), 2) + " to " + Figures.percent(i.upper(), 2);
  }

  private static String points(double fraction) {
    return (fraction < 0 ? "−" : "+") + Figures.number(Math.abs(fraction) * 100, 2) + " pts";
  }

  private static String probability(double p) {
    if (p > 0.999) {
      return "more than 99.9%";
    }
    return p < 0.001 ? "less than 0.1%" : Figures.percent(p, 1);
  }

  private static String pValue(double p) {
    return p < 0.0001 ? "< 0.0001" : Figures.number(p, 4);
  }
}
