package dev.socialplan.competition.rules;

import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Swot;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.MessageBundle;
import dev.socialplan.validation.Rule;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.Setting;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The competitors' rules. The strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) (step 4) asks for a SWOT analysis of the
 * brand and of each of its five closest competitors, to find the opportunities the brand can take.
 * A plan without competitors is reported once by {@code PLAN_NO_COMPETITORS}.
 */
public final class CompetitionRules {
  private CompetitionRules() {}

  /** How many closest competitors the method asks for: 5 by default (the strategy guide's number). */
  public static final Setting<Integer> MAX_COMPETITORS =
      Setting.of(
          "competition.maxCompetitors",
          Integer.class,
          5,
          "how many closest competitors the method asks for",
          n -> n >= 1,
          "at least 1");

  /** More competitors listed than the closest five (info). */
  public static final FindingCode COMPETITION_TOO_MANY =
      code("COMPETITION_TOO_MANY", Severity.INFO);

  /** A competitor without a SWOT analysis, or with an empty one (warning). */
  public static final FindingCode COMPETITION_NO_SWOT = code("COMPETITION_NO_SWOT", Severity.WARNING);

  /** The brand has no SWOT analysis of its own, or an empty one (warning). */
  public static final FindingCode COMPETITION_NO_BRAND_SWOT =
      code("COMPETITION_NO_BRAND_SWOT", Severity.WARNING);

  /** The brand's SWOT names no opportunity (warning). */
  public static final FindingCode COMPETITION_NO_OPPORTUNITY =
      code("COMPETITION_NO_OPPORTUNITY", Severity.WARNING);

  /** At most the closest five competitors. */
  public static final Rule<StrategyPlan> CLOSEST_FIVE =
      Rule.of(
          "competition.closestFive",
          List.of(COMPETITION_TOO_MANY),
          List.of(MAX_COMPETITORS),
          CompetitionRules::tooMany);

  /** A SWOT for the brand and each competitor, and at least one opportunity for the brand. */
  public static final Rule<StrategyPlan> SWOT =
      Rule.of(
          "competition.swot",
          List.of(COMPETITION_NO_SWOT, COMPETITION_NO_BRAND_SWOT, COMPETITION_NO_OPPORTUNITY),
          CompetitionRules::swot);

  /**
   * Returns the competitors' rules.
   *
   * @return the rule set
   */
  public static RuleSet<StrategyPlan> standard() {
    return RuleSet.of(List.of(CLOSEST_FIVE, SWOT));
  }

  private static FindingCode code(String name, Severity severity) {
    return FindingCode.of(name, severity, MethodStep.COMPETITORS, MessageBundle.CORE);
  }

  private static List<Finding> tooMany(StrategyPlan plan, ValidationContext context) {
    int max = context.setting(MAX_COMPETITORS);
    int count = plan.competitors().size();
    return count > max
        ? List.of(Finding.of(COMPETITION_TOO_MANY, "competitors[" + max + "]", FindingArgument.integer("competitors", count), FindingArgument.integer("maximum", max)))
        : List.of();
  }

  private static List<Finding> swot(StrategyPlan plan, ValidationContext context) {
    List<Finding> out = new ArrayList<>();
    List<Competitor> competitors = plan.competitors();
    for (int i = 0; i < competitors.size(); i++) {
      Competitor c = competitors.get(i);
      if (c.swot().map(Swot::isEmpty).orElse(true)) {
        out.add(Finding.of(COMPETITION_NO_SWOT, "competitors[" + i + "].swot", FindingArgument.text("competitor", c.name())));
      }
    }
    if (plan.brandSwot().map(Swot::isEmpty).orElse(true)) {
      out.add(Finding.of(COMPETITION_NO_BRAND_SWOT, "brandSwot", FindingArgument.text("brand", plan.brand().name())));
    } else if (plan.brandSwot().get().opportunities().isEmpty()) {
      out.add(
          Finding.of(COMPETITION_NO_OPPORTUNITY, "brandSwot.opportunities", FindingArgument.text("brand", plan.brand().name())));
    }
    return out;
  }
}
