package dev.socialplan.platform.recommendation;

import dev.socialplan.audience.Audience;
import dev.socialplan.goal.Objective;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.StrategyPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the platform recommender ranks platforms for: the audience, the objectives of the plan's
 * goals, the brand's business model, the product's traits, and the date on which the personas'
 * ages (and so their generations) are counted.
 *
 * <p>Every part but the reference date is optional: without personas the audience is the surveyed
 * population, and without objectives, business model or traits the ranking is by reach alone.
 * Objectives are a list, one per goal: two awareness goals weigh twice as much as one.
 *
 * <pre>{@code
 * RecommendationRequest request = RecommendationRequest.builder()
 *     .audience(Audience.of(singleMothersInTheir20s))
 *     .addObjectives(Objective.AUDIENCE_GROWTH)
 *     .businessModel(BusinessModel.B2C)
 *     .addProductTraits(ProductTrait.VISUAL)
 *     .referenceDate(LocalDate.of(2026, 1, 1))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecommendationRequest {

  RecommendationRequest() {}

  /**
   * Returns the audience.
   *
   * @return the audience; {@link Audience#empty()} (the surveyed population) unless set
   */
  @Value.Default
  public Audience audience() {
    return Audience.empty();
  }

  /**
   * Returns the objectives of the plan's goals, one per goal.
   *
   * @return the objectives, possibly empty, possibly repeated
   */
  public abstract List<Objective> objectives();

  /**
   * Returns whom the brand sells to.
   *
   * @return the business model, if known
   */
  public abstract Optional<BusinessModel> businessModel();

  /**
   * Returns the traits of the product or offer.
   *
   * @return the traits, possibly empty
   */
  public abstract Set<ProductTrait> productTraits();

  /**
   * Returns the date on which the personas' ages are counted, to tell their generations.
   *
   * @return the reference date
   */
  public abstract LocalDate referenceDate();

  /**
   * Obtains a request for an audience alone.
   *
   * @param audience the audience
   * @param referenceDate the date on which ages are counted
   * @return the request
   */
  public static RecommendationRequest of(Audience audience, LocalDate referenceDate) {
    return builder().audience(audience).referenceDate(referenceDate).build();
  }

  /**
   * Obtains the request a strategy plan makes: its audience (or none), the objective of each of its
   * goals, and its brand's business model. Product traits are not part of a plan: add them with
   * {@link #withProductTraits(ProductTrait...)}.
   *
   * @param plan the plan
   * @param referenceDate the date on which ages are counted, such as the start of the plan's period
   * @return the request
   */
  public static RecommendationRequest from(StrategyPlan plan, LocalDate referenceDate) {
    Builder b =
        builder()
            .referenceDate(referenceDate)
            .businessModel(plan.brand().businessModel())
            .audience(plan.audience().orElse(Audience.empty()));
    plan.goals().forEach(g -> b.addObjectives(g.objective()));
    return b.build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy with other product traits.
   *
   * @param traits the traits
   * @return the new request
   */
  public abstract RecommendationRequest withProductTraits(ProductTrait... traits);

  /**
   * Returns a copy with other objectives.
   *
   * @param objectives the objectives, one per goal
   * @return the new request
   */
  public abstract RecommendationRequest withObjectives(Objective... objectives);

  /**
   * Returns a copy with a business model.
   *
   * @param model whom the brand sells to
   * @return the new request
   */
  public abstract RecommendationRequest withBusinessModel(BusinessModel model);

  /**
   * Returns a copy for another audience.
   *
   * @param audience the audience
   * @return the new request
   */
  public abstract RecommendationRequest withAudience(Audience audience);

  /** Builds a {@link RecommendationRequest}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableRecommendationRequest.Builder {
    Builder() {}
  }
}
