package dev.socialplan.content.rules;

import dev.socialplan.content.ContentMix;
import dev.socialplan.content.ContentPillar;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.content.MixSlice;
import dev.socialplan.content.PostPurpose;
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
import java.util.OptionalDouble;

/**
 * The content strategy's rules (method step 6), over the plan's {@link
 * ContentStrategy}; a plan without a content strategy is not judged here.
 *
 * <h2>The mix against 80/20</h2>
 *
 * <p>The strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) (step 7, "determine the right content mix"): "if you are starting from
 * scratch and unsure what to post, try the 80-20 rule: 80 % of posts inform, educate or entertain,
 * 20 % promote". A mix target whose promotional share differs from 20 % by more than {@link
 * #MIX_PROMOTION_TOLERANCE} is {@link #CONTENT_MIX_FAR_FROM_80_20} (info: other mixes are allowed;
 * the finding asks the planner to mean it). The promotional share of a mix is defined when every
 * slice is either promotional only ({@link PostPurpose#PROMOTE}) or without promotion: it is then
 * the sum of the promotional slices' shares ({@link #promotionalShare(ContentMix)}). Mixes over
 * where content comes from (the rule of thirds, 5-3-2) do not separate promotion, and are not
 * compared.
 */
public final class ContentRules {
  private ContentRules() {}

  /** The promotional share of the 80/20 rule. */
  private static final double EIGHTY_TWENTY_PROMOTION = 0.2;

  /** Slack for binary rounding of shares such as 0.3 - 0.2. */
  private static final double EPSILON = 1e-9;

  /**
   * How far a mix's promotional share may be from the 80/20 rule's 20 % before it is reported, as
   * an absolute fraction: 0.10 by default (10 % to 30 % promotion passes).
   */
  public static final Setting<Double> MIX_PROMOTION_TOLERANCE =
      Setting.of(
          "content.mixPromotionTolerance",
          Double.class,
          0.10,
          "how far, in absolute share, a mix target's promotional share may be from the 80/20"
              + " rule's 20 %",
          d -> d >= 0 && d <= 1,
          "between 0 and 1");

  /** The content strategy has no pillars (warning). */
  public static final FindingCode CONTENT_NO_PILLARS =
      FindingCode.of(
          "CONTENT_NO_PILLARS", Severity.WARNING, MethodStep.CONTENT, MessageBundle.CORE);

  /** A pillar has no keywords (info). */
  public static final FindingCode CONTENT_PILLAR_WITHOUT_KEYWORDS =
      FindingCode.of(
          "CONTENT_PILLAR_WITHOUT_KEYWORDS", Severity.INFO, MethodStep.CONTENT, MessageBundle.CORE);

  /** The mix target's promotional share is far from the 80/20 rule's 20 % (info). */
  public static final FindingCode CONTENT_MIX_FAR_FROM_80_20 =
      FindingCode.of(
          "CONTENT_MIX_FAR_FROM_80_20", Severity.INFO, MethodStep.CONTENT, MessageBundle.CORE);

  /** The strategy has pillars, each with keywords. */
  public static final Rule<StrategyPlan> PILLARS =
      Rule.of(
          "content.pillars",
          List.of(CONTENT_NO_PILLARS, CONTENT_PILLAR_WITHOUT_KEYWORDS),
          ContentRules::pillars);

  /** The mix target is near 80/20, or deliberately elsewhere. */
  public static final Rule<StrategyPlan> MIX =
      Rule.of(
          "content.mix",
          List.of(CONTENT_MIX_FAR_FROM_80_20),
          List.of(MIX_PROMOTION_TOLERANCE),
          ContentRules::mix);

  /**
   * Returns the content strategy's rules.
   *
   * @return the rule set
   */
  public static RuleSet<StrategyPlan> standard() {
    return RuleSet.of(List.of(PILLARS, MIX));
  }

  /**
   * Returns the share of posts a mix target gives to promotion, when it can say: the sum of the
   * shares of the slices whose purposes are {@link PostPurpose#PROMOTE} only.
   *
   * @param mix the mix
   * @return the promotional share; empty when a slice mixes promotion with other purposes (as
   *     every slice of a mix over content sources does)
   */
  public static OptionalDouble promotionalShare(ContentMix mix) {
    double share = 0;
    for (MixSlice slice : mix.slices()) {
      boolean promotes = slice.purposes().contains(PostPurpose.PROMOTE);
      if (promotes && slice.purposes().size() > 1) {
        return OptionalDouble.empty();
      }
      if (promotes) {
        share += slice.share();
      }
    }
    return OptionalDouble.of(share);
  }

  private static List<Finding> pillars(StrategyPlan plan, ValidationContext context) {
    if (plan.content().isEmpty()) {
      return List.of();
    }
    List<ContentPillar> pillars = plan.content().get().pillars();
    if (pillars.isEmpty()) {
      return List.of(Finding.of(CONTENT_NO_PILLARS, "content.pillars"));
    }
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < pillars.size(); i++) {
      if (pillars.get(i).keywords().isEmpty()) {
        out.add(
            Finding.of(
                CONTENT_PILLAR_WITHOUT_KEYWORDS,
                "content.pillars[" + i + "].keywords",
                FindingArgument.text("pillar", pillars.get(i).name())));
      }
    }
    return out;
  }

  private static List<Finding> mix(StrategyPlan plan, ValidationContext context) {
    if (plan.content().isEmpty()) {
      return List.of();
    }
    ContentMix mix = plan.content().get().mix();
    OptionalDouble promotion = promotionalShare(mix);
    double tolerance = context.setting(MIX_PROMOTION_TOLERANCE);
    if (promotion.isPresent()
        && Math.abs(promotion.getAsDouble() - EIGHTY_TWENTY_PROMOTION) > tolerance + EPSILON) {
      return List.of(
          Finding.of(
              CONTENT_MIX_FAR_FROM_80_20, "content.mix", FindingArgument.text("mix", mix.name()), FindingArgument.percent("promotion", promotion.getAsDouble())));
    }
    return List.of();
  }
}
