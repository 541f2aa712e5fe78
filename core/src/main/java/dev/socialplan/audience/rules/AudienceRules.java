package dev.socialplan.audience.rules;

import dev.socialplan.audience.Audience;
import dev.socialplan.audience.Persona;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The audience's rules. A plan without an audience, or with an audience of no personas,
 * is reported once by {@code PLAN_NO_AUDIENCE}, and these rules stay silent.
 *
 * <p>Paths name the audience's members: {@code audience.members[1].persona.painPoints}.
 */
public final class AudienceRules {
  private AudienceRules() {}

  /**
   * How far the sum of the audience's weights may be from 1 (100 %) before it is an error: 0.001 (a
   * tenth of a percentage point) by default, which absorbs decimal rounding such as 0.333 + 0.333 +
   * 0.334 and floating-point sums such as 0.1 + 0.2 + 0.7.
   */
  public static final Setting<Double> WEIGHT_TOLERANCE =
      Setting.of(
          "audience.weightTolerance",
          Double.class,
          0.001,
          "how far the sum of the persona weights may be from 1 (100 %)",
          v -> Double.isFinite(v) && v >= 0 && v < 1,
          "a number from 0 up to but not including 1");

  /** A persona built on assumption rather than analytics or a survey (warning). */
  public static final FindingCode AUDIENCE_PERSONA_ASSUMED =
      code("AUDIENCE_PERSONA_ASSUMED", Severity.WARNING);

  /** A persona without pain points (warning). */
  public static final FindingCode AUDIENCE_PERSONA_NO_PAIN_POINTS =
      code("AUDIENCE_PERSONA_NO_PAIN_POINTS", Severity.WARNING);

  /** A persona without interests (warning). */
  public static final FindingCode AUDIENCE_PERSONA_NO_INTERESTS =
      code("AUDIENCE_PERSONA_NO_INTERESTS", Severity.WARNING);

  /** The persona weights do not add up to 100 % (error). */
  public static final FindingCode AUDIENCE_WEIGHTS_NOT_100 =
      code("AUDIENCE_WEIGHTS_NOT_100", Severity.ERROR);

  /** "Use the collected data": every persona rests on analytics or a survey. */
  public static final Rule<StrategyPlan> PERSONAS_FROM_DATA =
      Rule.of(
          "audience.personasFromData", List.of(AUDIENCE_PERSONA_ASSUMED), AudienceRules::assumed);

  /** Every persona has pain points and interests, the material content is made of. */
  public static final Rule<StrategyPlan> PERSONAS_DESCRIBED =
      Rule.of(
          "audience.personasDescribed",
          List.of(AUDIENCE_PERSONA_NO_PAIN_POINTS, AUDIENCE_PERSONA_NO_INTERESTS),
          AudienceRules::described);

  /** The weights of the personas add up to 100 %. */
  public static final Rule<StrategyPlan> WEIGHTS_SUM_TO_100 =
      Rule.of(
          "audience.weightsSumTo100",
          List.of(AUDIENCE_WEIGHTS_NOT_100),
          List.of(WEIGHT_TOLERANCE),
          AudienceRules::weights);

  /**
   * Returns the audience's rules.
   *
   * @return the rule set
   */
  public static RuleSet<StrategyPlan> standard() {
    return RuleSet.of(List.of(PERSONAS_FROM_DATA, PERSONAS_DESCRIBED, WEIGHTS_SUM_TO_100));
  }

  private static FindingCode code(String name, Severity severity) {
    return FindingCode.of(name, severity, MethodStep.AUDIENCE, MessageBundle.CORE);
  }

  private static String persona(int i) {
    return "audience.members[" + i + "].persona";
  }

  private static List<Persona> personas(StrategyPlan plan) {
    return plan.audience().map(Audience::personas).orElse(List.of());
  }

  private static List<Finding> assumed(StrategyPlan plan, ValidationContext context) {
    List<Finding> out = new ArrayList<>();
    List<Persona> personas = personas(plan);
    for (int i = 0; i < personas.size(); i++) {
      if (!personas.get(i).dataSource().isData()) {
        out.add(
            Finding.of(
                AUDIENCE_PERSONA_ASSUMED, persona(i) + ".dataSource", FindingArgument.text("persona", personas.get(i).name())));
      }
    }
    return out;
  }

  private static List<Finding> described(StrategyPlan plan, ValidationContext context) {
    List<Finding> out = new ArrayList<>();
    List<Persona> personas = personas(plan);
    for (int i = 0; i < personas.size(); i++) {
      Persona p = personas.get(i);
      if (p.painPoints().isEmpty()) {
        out.add(Finding.of(AUDIENCE_PERSONA_NO_PAIN_POINTS, persona(i) + ".painPoints", FindingArgument.text("persona", p.name())));
      }
      if (p.interests().isEmpty()) {
        out.add(Finding.of(AUDIENCE_PERSONA_NO_INTERESTS, persona(i) + ".interests", FindingArgument.text("persona", p.name())));
      }
    }
    return out;
  }

  private static List<Finding> weights(StrategyPlan plan, ValidationContext context) {
    if (plan.audience().isEmpty() || plan.audience().get().isEmpty()) {
      return List.of();
    }
    double total = plan.audience().get().totalWeight();
    if (Math.abs(total - 1.0) <= context.setting(WEIGHT_TOLERANCE)) {
      return List.of();
    }
    BigDecimal percent =
        BigDecimal.valueOf(total).movePointRight(2).setScale(2, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    if (percent.scale() < 0) {
      percent = percent.setScale(0);
    }
    return List.of(Finding.of(AUDIENCE_WEIGHTS_NOT_100, "audience.members", FindingArgument.decimal("totalPercent", percent)));
  }
}
