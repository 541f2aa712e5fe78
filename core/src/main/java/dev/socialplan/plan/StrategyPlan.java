package dev.socialplan.plan;

import dev.socialplan.audience.Audience;
import dev.socialplan.budget.Budget;
import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Swot;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A social media marketing strategy plan: the aggregate of every decision the method
 * asks for: the brand, its business objectives and goals, the audience, the chosen platforms with
 * the reason for each, the competitors and the brand's SWOT, the budget, the content strategy, the
 * time zone and the planning period.
 *
 * <p>Every part but the brand is optional while drafting: a plan with only a brand is constructible,
 * and {@code PlanRules.standard().validate(plan)} (in {@code dev.socialplan.plan.rules}) says
 * what a complete plan still lacks. Construction refuses only structural impossibilities (the same
 * platform chosen twice, two business objectives with the same id, an unbounded or empty planning
 * period).
 *
 * <p>Obtain one with {@link #of(Brand)} or {@link #builder()}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class StrategyPlan {

  StrategyPlan() {}

  /**
   * Returns the brand the plan is for.
   *
   * @return the brand
   */
  public abstract Brand brand();

  /**
   * Returns the business objectives the social media goals serve (method step 1: "align social media
   * goals with business objectives"), in the order given.
   *
   * @return the business objectives, unmodifiable, possibly empty; ids unique
   */
  public abstract List<BusinessObjective> businessObjectives();

  /**
   * Returns the goals (method step 1), in the order given.
   *
   * @return the goals, unmodifiable, possibly empty
   */
  public abstract List<Goal> goals();

  /**
   * Returns the audience (method step 2): the personas with their weights, if it has been set.
   *
   * @return the audience
   */
  public abstract Optional<Audience> audience();

  /**
   * Returns the chosen platforms, each with the reason, in the order given.
   *
   * @return the choices, unmodifiable; no platform twice
   */
  public abstract List<PlatformChoice> platforms();

  /**
   * Returns the closest competitors (method step 4), in the order given.
   *
   * @return the competitors, unmodifiable, possibly empty
   */
  public abstract List<Competitor> competitors();

  /**
   * Returns the brand's own SWOT analysis (method step 4), if it has been written.
   *
   * @return the brand's SWOT
   */
  public abstract Optional<Swot> brandSwot();

  /**
   * Returns the budget, if it has been set.
   *
   * @return the budget
   */
  public abstract Optional<Budget> budget();

  /**
   * Returns the content strategy (pillars, mix target, tactics, keyword sets, adaptation per
   * platform), if it has been set.
   *
   * @return the content strategy
   */
  public abstract Optional<ContentStrategy> content();

  /**
   * Returns the time zone the plan works in (deadlines, "today", calendars), if it has been set.
   *
   * @return the time zone
   */
  public abstract Optional<ZoneId> timeZone();

  /**
   * Returns the planning period, half-open {@code [start, end)}, if it has been set.
   *
   * @return the period, bounded and not empty
   */
  public abstract Optional<LocalDateRange> period();

  /**
   * Obtains a draft plan with only a brand.
   *
   * @param brand the brand
   * @return the plan
   */
  public static StrategyPlan of(Brand brand) {
    return builder().brand(brand).build();
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
   * Returns the chosen platforms without the reasons, in the order given.
   *
   * @return the platforms, unmodifiable
   */
  public List<Platform> chosenPlatforms() {
    return platforms().stream().map(PlatformChoice::platform).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether a platform is chosen.
   *
   * @param platform the platform
   * @return true if one of the choices is that platform
   */
  public boolean isChosen(Platform platform) {
    Checks.notNull(platform, "platform");
    return platforms().stream().anyMatch(c -> c.platform().equals(platform));
  }

  @Value.Check
  void check() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < businessObjectives().size(); i++) {
      String id = businessObjectives().get(i).id();
      if (!ids.add(id)) {
        throw new IllegalArgumentException(
            "businessObjectives[" + i + "] repeats the id \"" + id + "\"");
      }
    }
    Set<Platform> seen = new HashSet<>();
    for (int i = 0; i < platforms().size(); i++) {
      Platform p = platforms().get(i).platform();
      if (!seen.add(p)) {
        throw new IllegalArgumentException(
            "platforms[" + i + "] chooses " + p.id() + " a second time");
      }
    }
    period()
        .ifPresent(
            p -> {
              if (p.isUnboundedStart() || p.isUnboundedEnd()) {
                throw new IllegalArgumentException("period must be bounded at both ends: " + p);
              }
              if (p.isEmpty()) {
                throw new IllegalArgumentException("period must not be empty: " + p);
              }
            });
  }

  /** Builds a {@link StrategyPlan}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableStrategyPlan.Builder {
    Builder() {}
  }
}
