package dev.socialplan.examples;

import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.recommendation.PlatformRanking;
import dev.socialplan.platform.recommendation.PlatformRecommender;
import dev.socialplan.platform.recommendation.PlatformScore;
import dev.socialplan.platform.recommendation.ProductTrait;
import dev.socialplan.platform.recommendation.RecommendationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the platform recommendation for the plan's audience and goals: a ranking table, then the
 * recommender's own explanation of every platform's score.
 */
final class RecommendationSection {
  private RecommendationSection() {}

  /**
   * Asks the standard recommender about the plan. The plan gives the audience, the goals'
   * objectives and the business model; what the plan cannot say about the product is added: it is
   * visual (skincare routines) and sold online.
   */
  static PlatformRanking recommend(StrategyPlan plan) {
    RecommendationRequest request =
        RecommendationRequest.from(plan, ArticleScenario.PLANNING_DATE)
            .withProductTraits(ProductTrait.VISUAL, ProductTrait.SOLD_ONLINE);
    return PlatformRecommender.standard().recommend(request);
  }

  static void print(ReportWriter out, String number, StrategyPlan plan, PlatformRanking ranking) {
    out.section(number + " Platform recommendation");
    out.paragraph(
        "PlatformRecommender.standard() scores every platform of the standard catalog: the share of"
            + " each persona the platform reaches (survey data by age and gender, weighted by"
            + " persona) times how well the platform's strengths fit the goals, the business model,"
            + " the product and the audience's generations. Product traits given: visual, sold"
            + " online.");
    out.blank();
    TextTable table =
        new TextTable(">Rank", "Platform", ">Score", ">Reach", ">Fit", "Verdict", "In the plan");
    for (PlatformScore s : ranking.scores()) {
      table.row(
          s.rank(),
          s.platform().displayName(),
          Figures.number(s.score(), 2),
          s.reach().map(r -> Figures.percent(r, 0)).orElse("no data"),
          Figures.percent(s.fit(), 0),
          PlanOverview.name(s.verdict()),
          plan.isChosen(s.platform()) ? "chosen" : "");
    }
    out.table(table);

    out.blank();
    out.paragraph(verdictForThePlan(plan, ranking));

    out.heading("Why, platform by platform");
    out.paragraph(
        "The recommender's own explanation for the recommended platforms and those in the plan;"
            + " one line for the others.");
    for (PlatformScore s : ranking.scores()) {
      String[] lines = s.explain(Locale.ENGLISH).split("\n");
      String prefix = String.format(Locale.ROOT, "%2d. ", s.rank());
      if (s.isRecommended() || plan.isChosen(s.platform())) {
        out.blank();
        out.hanging(prefix, "    ", String.join("\n", lines));
      } else {
        if (s.rank() == ranking.recommended().size() + 1) {
          out.blank();
        }
        out.hanging(prefix, "    ", lines[0] + " " + (lines.length > 1 ? lines[1] : ""));
      }
    }
  }

  /** What the ranking means for the platforms the plan chose. */
  static String verdictForThePlan(StrategyPlan plan, PlatformRanking ranking) {
    List<String> chosenAndRecommended = new ArrayList<>();
    List<String> chosenNotRecommended = new ArrayList<>();
    List<String> recommendedNotChosen = new ArrayList<>();
    for (PlatformScore s : ranking.scores()) {
      String name = s.platform().displayName() + " (rank " + s.rank() + ")";
      if (plan.isChosen(s.platform())) {
        (s.isRecommended() ? chosenAndRecommended : chosenNotRecommended).add(name);
      } else if (s.isRecommended()) {
        recommendedNotChosen.add(name);
      }
    }
    StringBuilder text = new StringBuilder("For the plan: ");
    if (!chosenAndRecommended.isEmpty()) {
      text.append("the data back the choice of ").append(String.join(", ", chosenAndRecommended)).append(". ");
    }
    if (!chosenNotRecommended.isEmpty()) {
      text.append("The data do not support ")
          .append(String.join(", ", chosenNotRecommended))
          .append(": keep it only for a reason the plan states. ");
    }
    if (!recommendedNotChosen.isEmpty()) {
      text.append("Also recommended but not chosen: ")
          .append(String.join(", ", recommendedNotChosen))
          .append("; the short-video programme could repurpose its routine videos there at little cost. ");
    }
    text.append(
        "The reach figures of the standard catalog come from US surveys (Pew Research Center); for a"
            + " Taiwanese audience, replace them with local figures through PlatformCatalog.with(...)"
            + " before relying on the exact percentages.");
    return text.toString();
  }
}
