package dev.socialplan.examples;

import dev.socialplan.audience.Audience;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.goal.Goal;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.tactic.InfluencerCampaign;
import dev.socialplan.tactic.InfluencerTier;
import dev.socialplan.tactic.Tactic;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.ValidationReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A focused example of socialplan-core: start a plan with nothing but the brand, and let the
 * validator say what to do next, one step at a time, until the plan is complete. Each stage adds
 * what the previous report asked for (the parts come from {@link ArticleScenario}).
 *
 * <p>Run with {@code mvn -B -ntp -q -pl examples -am package -DskipTests -Preport
 * -Dexec.mainClass=dev.socialplan.examples.FirstPlanExample} (the property picks another main
 * class for the same profile).
 */
public final class FirstPlanExample {
  private FirstPlanExample() {}

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
    Clock planningDay =
        Clock.fixed(
            ArticleScenario.PLANNING_DATE.atStartOfDay(ArticleScenario.TAIPEI).toInstant(),
            ArticleScenario.TAIPEI);
    RuleSet<StrategyPlan> rules = PlanRules.standard();
    w.title("From a brand to a plan: what the validator asks for, step by step");

    // Stage 1: a brand and nothing else. A draft is always constructible; the report says what is missing.
    StrategyPlan plan = StrategyPlan.of(ArticleScenario.BRAND);
    stage(w, "1. Only the brand", rules.validate(plan, planningDay));

    // Stage 2: business objectives and SMART goals (step 1), the audience (step 2), platforms (step 3).
    plan =
        StrategyPlan.builder()
            .from(plan)
            .addBusinessObjectives(
                ArticleScenario.ONLINE_SALES, ArticleScenario.AWARENESS, ArticleScenario.COMMUNITY)
            .addGoals(ArticleScenario.INSTAGRAM_FOLLOWERS, ArticleScenario.GROUP_MEMBERS)
            .audience(Audience.of(ArticleScenario.SINGLE_MOTHERS))
            .addPlatforms(ArticleScenario.INSTAGRAM, ArticleScenario.FACEBOOK)
            .build();
    stage(w, "2. Goals, audience and platforms", rules.validate(plan, planningDay));

    // Stage 3: competitors with SWOT (step 4), the budget (step 5), the content strategy (step 6).
    plan =
        StrategyPlan.builder()
            .from(plan)
            .addCompetitors(ArticleScenario.DEWDROP, ArticleScenario.MOMGLOW)
            .brandSwot(ArticleScenario.BRAND_SWOT)
            .budget(ArticleScenario.BUDGET)
            .content(ArticleScenario.CONTENT)
            .timeZone(ArticleScenario.TAIPEI)
            .period(ArticleScenario.PERIOD)
            .build();
    stage(w, "3. Competitors, budget and content", rules.validate(plan, planningDay));

    // Stage 4: paid promotion needs goals that measure its return (the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021): ROI).
    plan =
        StrategyPlan.builder()
            .from(plan)
            .addGoals(ArticleScenario.SHOP_VISITS, ArticleScenario.SOCIAL_REVENUE)
            .build();
    stage(w, "4. Goals that measure the paid budget's return", rules.validate(plan, planningDay));

    // Stage 5: the mid-tier influencer stays on purpose, so the campaign says it targets mid too.
    InfluencerCampaign campaign =
        InfluencerCampaign.builder()
            .from(ArticleScenario.MICRO_MUMS)
            .addTargetTiers(InfluencerTier.MID)
            .build();
    List<Tactic> tactics = new ArrayList<>(ArticleScenario.CONTENT.tactics());
    tactics.set(tactics.indexOf(ArticleScenario.MICRO_MUMS), campaign);
    plan =
        StrategyPlan.builder()
            .from(plan)
            .content(ContentStrategy.builder().from(ArticleScenario.CONTENT).tactics(tactics).build())
            .build();
    ValidationReport last = rules.validate(plan, planningDay);
    stage(w, "5. The campaign targets the tiers it uses", last);

    w.blank();
    w.paragraph(
        "From "
            + rules.validate(StrategyPlan.of(ArticleScenario.BRAND), planningDay).size()
            + " findings for the bare brand to "
            + last.size()
            + ": "
            + (last.isValid() ? "no errors left; " : "errors remain; ")
            + "the plan's goals are "
            + String.join(", ", plan.goals().stream().map(Goal::name).toArray(String[]::new))
            + ".");
  }

  private static void stage(ReportWriter w, String title, ValidationReport report) {
    w.heading(title);
    w.line(
        "  "
            + Figures.plural(report.errors().size(), "error", "errors")
            + ", "
            + Figures.plural(report.warnings().size(), "warning", "warnings")
            + ", "
            + Figures.plural(report.infos().size(), "note", "notes"));
    int n = 1;
    for (Finding f : report.whatToDoNext()) {
      w.hanging(
          String.format(Locale.ROOT, "  %2d. ", n++),
          "      ",
          "["
              + ValidationSection.severity(f.severity(), Locale.ENGLISH)
              + "] "
              + ValidationSection.step(f.step(), Locale.ENGLISH)
              + ", "
              + f.code().name()
              + ": "
              + f.message(Locale.ENGLISH));
    }
  }
}
