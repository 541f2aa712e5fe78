package dev.socialplan.examples;

import dev.socialplan.analytics.benchmark.BenchmarkEntry;
import dev.socialplan.analytics.benchmark.BenchmarkMetric;
import dev.socialplan.analytics.benchmark.CompetitiveBenchmark;
import dev.socialplan.analytics.benchmark.MetricComparison;
import dev.socialplan.analytics.benchmark.VoiceBasis;
import dev.socialplan.analytics.budget.Breakdown;
import dev.socialplan.analytics.budget.BudgetPerformance;
import dev.socialplan.analytics.budget.PerformanceLine;
import dev.socialplan.analytics.budget.Reallocation;
import dev.socialplan.analytics.budget.SpendLine;
import dev.socialplan.analytics.survey.CustomerSatisfaction;
import dev.socialplan.analytics.survey.NetPromoterScore;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.platform.Platform;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.joda.money.Money;

/**
 * A focused example of socialplan-analytics, for the end of the plan's first quarter: share of voice
 * and benchmarks against the competitors, spend and return against the budget with a
 * reallocation suggestion, and a customer survey's Net Promoter Score and CSAT with
 * their margins. All figures are samples.
 */
public final class CampaignReviewExample {
  private CampaignReviewExample() {}

  /** The brand and the competitors over March to May 2026: mentions, engagements, posts, followers. */
  static final BenchmarkEntry LUMI = entry("Lumi Mama", 1_240, 38_500, 230, 8_600, 9_850);

  static final List<BenchmarkEntry> COMPETITORS =
      List.of(
          entry(ArticleScenario.DEWDROP.name(), 2_900, 41_000, 120, 48_000, 49_100),
          entry(ArticleScenario.MOMGLOW.name(), 1_800, 96_000, 150, 120_000, 131_500),
          entry(ArticleScenario.PHARMACY_LABEL.name(), 3_400, 12_500, 90, 210_000, 211_200));

  /** Spend and attributed revenue, March to May, per allocation of the plan's budget. */
  static final List<SpendLine> SPEND =
      List.of(
          SpendLine.of(Platform.INSTAGRAM, BudgetCategory.CONTENT_CREATION, twd(92_000), twd(61_000)),
          SpendLine.of(Platform.INSTAGRAM, BudgetCategory.PAID_PROMOTION, twd(78_000), twd(171_000)),
          SpendLine.of(Platform.INSTAGRAM, BudgetCategory.INFLUENCERS, twd(84_000), twd(118_000)),
          SpendLine.of(Platform.FACEBOOK, BudgetCategory.PAID_PROMOTION, twd(55_000), twd(48_000)),
          SpendLine.of(Platform.FACEBOOK, BudgetCategory.LIVE_PRODUCTION, twd(30_000), twd(52_000)),
          SpendLine.of(Platform.TIKTOK, BudgetCategory.CONTENT_CREATION, twd(74_000), twd(96_000)));

  /** "How likely are you to recommend Lumi Mama to a friend?" (0–10): 160 answers. */
  static final List<Integer> RECOMMEND = answers(new int[] {10, 9, 8, 7, 6, 5, 3}, new int[] {48, 37, 30, 20, 12, 8, 5});

  /** "How satisfied are you with your five-minute routine?" (1–5): 150 answers. */
  static final List<Integer> SATISFIED = answers(new int[] {5, 4, 3, 2, 1}, new int[] {62, 55, 20, 9, 4});

  /**
   * Writes the example to standard output in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(System.out, true, StandardCharsets.UTF_8);
    write(out);
    out.flush();
  }

  /**
   * Writes the example.
   *
   * @param out where the text goes
   */
  public static void write(Appendable out) {
    ReportWriter w = new ReportWriter(out);
    w.title("First-quarter review: competitors, budget and customers (March to May 2026)");
    benchmark(w);
    budget(w);
    survey(w);
  }

  private static void benchmark(ReportWriter w) {
    CompetitiveBenchmark benchmark = CompetitiveBenchmark.of(LUMI, COMPETITORS);
    w.heading("1. Share of voice and benchmarks");
    w.paragraph(
        "Share of voice: "
            + Figures.percent(benchmark.shareOfVoice(VoiceBasis.MENTIONS).orElseThrow(), 1)
            + " of the mentions and "
            + Figures.percent(benchmark.shareOfVoice(VoiceBasis.ENGAGEMENTS).orElseThrow(), 1)
            + " of the engagements of the four brands.");
    w.blank();
    TextTable table = new TextTable("Metric", ">Lumi Mama", ">Competitors' average", ">Versus average", ">Rank");
    for (MetricComparison c : benchmark.compareAll()) {
      boolean rate = c.metric() == BenchmarkMetric.AUDIENCE_GROWTH_RATE;
      table.row(
          PlanOverview.name(c.metric()),
          c.brandValue().isPresent() ? value(c.brandValue().getAsDouble(), rate) : "-",
          c.competitorAverage().isPresent() ? value(c.competitorAverage().getAsDouble(), rate) : "-",
          (c.brandVersusAverage().valueOr(0) > 0 ? "+" : "") + Figures.percent(c.brandVersusAverage(), 0),
          c.brandRank().isPresent() ? c.brandRank().getAsInt() + " of " + c.ranking().size() : "-");
    }
    w.table(table);
  }

  private static void budget(ReportWriter w) {
    BudgetPerformance performance = BudgetPerformance.of(ArticleScenario.BUDGET, SPEND);
    w.heading("2. Spend and return against the budget");
    TextTable table =
        new TextTable("Platform", ">Budget", ">Spent", ">Used", ">Revenue", ">ROI", ">ROAS");
    List<PerformanceLine> lines = new ArrayList<>(performance.byPlatform());
    lines.add(performance.total());
    for (PerformanceLine l : lines) {
      table.row(
          l.label(),
          Figures.money(l.planned()),
          Figures.money(l.spent()),
          Figures.percent(l.utilisation(), 0),
          Figures.money(l.revenue()),
          Figures.percent(l.roi(), 0),
          l.roas().value().isPresent() ? Figures.number(l.roas().value().getAsDouble(), 2) + "×" : "-");
    }
    w.table(table);
    Reallocation move = performance.suggestReallocation(Breakdown.PLATFORM);
    w.blank();
    w.hanging("Suggestion: ", "            ", move.reasoning());
  }

  private static void survey(ReportWriter w) {
    NetPromoterScore nps = NetPromoterScore.fromAnswers(RECOMMEND);
    CustomerSatisfaction csat = CustomerSatisfaction.fromAnswers(SATISFIED);
    w.heading("3. What customers say");
    w.line(
        "  Net Promoter Score  "
            + Figures.number(nps.score().orElseThrow(), 0)
            + " ± "
            + Figures.number(nps.marginOfError(0.95).orElseThrow(), 1)
            + " (95%), from "
            + Figures.count(nps.respondents())
            + " answers: "
            + Figures.percent(nps.promoterShare(), 0)
            + " promoters, "
            + Figures.percent(nps.detractorShare(), 0)
            + " detractors");
    w.line(
        "  CSAT                "
            + Figures.percent(csat.score(), 0)
            + " satisfied (4 or 5 of 5), from "
            + Figures.count(csat.respondents())
            + " answers");
  }

  private static String value(double x, boolean rate) {
    return rate ? Figures.percent(x, 1) : Figures.number(x, x < 100 ? 1 : 0);
  }

  private static BenchmarkEntry entry(
      String name, long mentions, long engagements, long posts, long followersAtStart, long followersAtEnd) {
    return BenchmarkEntry.builder()
        .name(name)
        .mentions(mentions)
        .engagements(engagements)
        .posts(posts)
        .followersAtStart(followersAtStart)
        .followersAtEnd(followersAtEnd)
        .build();
  }

  private static List<Integer> answers(int[] scores, int[] counts) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      all.addAll(Collections.nCopies(counts[i], scores[i]));
    }
    return List.copyOf(all);
  }

  private static Money twd(long amount) {
    return Money.of(ArticleScenario.TWD, amount);
  }

}
