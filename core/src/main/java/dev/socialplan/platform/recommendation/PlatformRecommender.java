package dev.socialplan.platform.recommendation;

import dev.socialplan.audience.Audience;
import dev.socialplan.audience.Generation;
import dev.socialplan.audience.GenerationMix;
import dev.socialplan.goal.Objective;
import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.Strength;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks the platforms of a catalog for an audience and a plan's priorities (method step 3): "consider your target group carefully" and "match your company's priorities with the
 * platforms' strengths". Every number comes from the catalog's data and the {@link PriorityTable};
 * no platform is treated specially.
 *
 * <pre>{@code
 * PlatformRanking ranking = PlatformRecommender.standard().recommend(request);
 * ranking.recommended();                 // the platforms worth choosing, best first
 * ranking.score(Platform.SNAPCHAT).get().explain(Locale.TAIWAN);
 * }</pre>
 *
 * <h2>The score</h2>
 *
 * <p>For each platform of the catalog:
 *
 * <pre>
 *   score = reach × (floor + (1 − floor) × fit)
 * </pre>
 *
 * <ul>
 *   <li><b>reach</b>, 0 to 1: the estimated share of the audience who use the platform, {@link
 *       AudienceReachEstimate}: each persona's reach from the profile's age-band and gender figures
 *       ({@code AudienceReach.estimate}), weighted by the persona's share of the audience. A
 *       platform without reach figures scores 0 with the verdict {@link PlatformVerdict#NO_REACH_DATA}.
 *   <li><b>fit</b>, 0 to 1: the share of the request's priorities that the platform's strengths
 *       meet, {@code Σ weight(s)} over the priority strengths {@code s} the profile has. The
 *       priorities come from four sources, each of total weight 1 when present, spread through the
 *       {@link PriorityTable}:
 *       <ul>
 *         <li>the goals: each of the {@code n} objectives weighs {@code 1/n}, spread evenly over the
 *             strengths its objective asks for;
 *         <li>the business model: 1, spread evenly over its strengths;
 *         <li>the product traits: each of the {@code k} traits weighs {@code 1/k}, spread evenly over
 *             its strengths;
 *         <li>the generations: each persona's weight times the share of its birth years in each
 *             generation ({@code Persona.generations(referenceDate)}), spread evenly over the
 *             generation's strengths; so this source weighs at most 1, less when part of the
 *             audience is in a generation without preferences.
 *       </ul>
 *       An entry of the table with no strengths gives nothing. The weights are then divided by
 *       their total, so the priorities add up to 1. Without any priority, the fit is 1 and the
 *       ranking is by reach alone.
 *   <li><b>floor</b>, 0 to 1 ({@link #fitFloor()}, 0.2 by default): the part of the reach a platform
 *       keeps when it meets none of the priorities. At 0 only fit counts beside reach; at 1 fit is
 *       ignored. 0.2 lets a platform that meets every priority win over one with up to five times
 *       its reach that meets none: the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) puts the audience first but ranks X first for
 *       customer service although far fewer people use it.
 * </ul>
 *
 * <h2>The verdict</h2>
 *
 * <p>A platform is {@link PlatformVerdict#RECOMMENDED} when its reach is at least {@link #minimumReach()}
 * (0.20 by default, the same default as the platform rules' low-reach threshold) and its score is
 * at least {@link #relativeCutoff()} (0.5 by default) times the best score; otherwise its verdict
 * says which test failed ({@link PlatformVerdict#LOW_REACH} first).
 *
 * <h2>Order</h2>
 *
 * <p>By score, highest first; equal scores by platform id, so that the order is deterministic. Every
 * platform of the catalog appears exactly once; its rank is its place, from 1.
 *
 * <p>Immutable and thread-safe; one instance serves any number of requests concurrently.
 */
public final class PlatformRecommender {
  /** The default part of the reach kept by a platform that meets no priority: 0.2. */
  public static final double DEFAULT_FIT_FLOOR = 0.2;

  /** The default least reach of a recommended platform: 0.20, a fifth of the audience. */
  public static final double DEFAULT_MINIMUM_REACH = 0.20;

  /** The default least share of the best score a recommended platform must reach: 0.5. */
  public static final double DEFAULT_RELATIVE_CUTOFF = 0.5;

  private static final PlatformRecommender STANDARD =
      new PlatformRecommender(
          PlatformCatalog.standard(),
          PriorityTable.standard(),
          DEFAULT_FIT_FLOOR,
          DEFAULT_MINIMUM_REACH,
          DEFAULT_RELATIVE_CUTOFF);

  private final PlatformCatalog catalog;
  private final PriorityTable table;
  private final double fitFloor;
  private final double minimumReach;
  private final double relativeCutoff;

  private PlatformRecommender(
      PlatformCatalog catalog,
      PriorityTable table,
      double fitFloor,
      double minimumReach,
      double relativeCutoff) {
    this.catalog = catalog;
    this.table = table;
    this.fitFloor = fitFloor;
    this.minimumReach = minimumReach;
    this.relativeCutoff = relativeCutoff;
  }

  /**
   * Returns the recommender over {@link PlatformCatalog#standard()} with the {@link
   * PriorityTable#standard()} table and the default parameters.
   *
   * @return the standard recommender
   */
  public static PlatformRecommender standard() {
    return STANDARD;
  }

  /**
   * Returns a copy that ranks the platforms of another catalog (with overridden or added profiles).
   *
   * @param newCatalog the catalog
   * @return the new recommender
   */
  public PlatformRecommender withCatalog(PlatformCatalog newCatalog) {
    return new PlatformRecommender(
        Checks.notNull(newCatalog, "catalog"), table, fitFloor, minimumReach, relativeCutoff);
  }

  /**
   * Returns a copy with another priority table.
   *
   * @param newTable the table
   * @return the new recommender
   */
  public PlatformRecommender withPriorities(PriorityTable newTable) {
    return new PlatformRecommender(
        catalog, Checks.notNull(newTable, "table"), fitFloor, minimumReach, relativeCutoff);
  }

  /**
   * Returns a copy with another fit floor.
   *
   * @param floor the part of the reach kept by a platform that meets no priority, 0 to 1
   * @return the new recommender
   * @throws IllegalArgumentException if the floor is outside 0 to 1
   */
  public PlatformRecommender withFitFloor(double floor) {
    return new PlatformRecommender(
        catalog, table, Checks.fraction(floor, "floor"), minimumReach, relativeCutoff);
  }

  /**
   * Returns a copy with another minimum reach for a recommended platform.
   *
   * @param reach the least share of the audience, 0 to 1
   * @return the new recommender
   * @throws IllegalArgumentException if the reach is outside 0 to 1
   */
  public PlatformRecommender withMinimumReach(double reach) {
    return new PlatformRecommender(
        catalog, table, fitFloor, Checks.fraction(reach, "reach"), relativeCutoff);
  }

  /**
   * Returns a copy with another relative cutoff for a recommended platform.
   *
   * @param cutoff the least share of the best score, 0 to 1
   * @return the new recommender
   * @throws IllegalArgumentException if the cutoff is outside 0 to 1
   */
  public PlatformRecommender withRelativeCutoff(double cutoff) {
    return new PlatformRecommender(
        catalog, table, fitFloor, minimumReach, Checks.fraction(cutoff, "cutoff"));
  }

  /**
   * Returns the catalog whose platforms are ranked.
   *
   * @return the catalog
   */
  public PlatformCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the table of priorities.
   *
   * @return the table
   */
  public PriorityTable priorityTable() {
    return table;
  }

  /**
   * Returns the part of the reach a platform keeps when it meets no priority.
   *
   * @return the floor, 0 to 1
   */
  public double fitFloor() {
    return fitFloor;
  }

  /**
   * Returns the least reach of a recommended platform.
   *
   * @return the minimum reach, 0 to 1
   */
  public double minimumReach() {
    return minimumReach;
  }

  /**
   * Returns the least share of the best score a recommended platform must reach.
   *
   * @return the cutoff, 0 to 1
   */
  public double relativeCutoff() {
    return relativeCutoff;
  }

  /**
   * Returns the priorities of a request: the strengths it asks for, with their weights (adding up
   * to 1) and reasons, heaviest first, ties in the order of {@link Strength}.
   *
   * @param request the request
   * @return the priorities, unmodifiable; empty when nothing in the request asks for a strength
   */
  public List<Priority> priorities(RecommendationRequest request) {
    Checks.notNull(request, "request");
    Map<Strength, Map<PriorityReasonKey, Double>> mass = new EnumMap<>(Strength.class);
    List<Objective> objectives = request.objectives();
    for (Objective o : objectives) {
      spread(mass, table.strengthsFor(o), 1.0 / objectives.size(), PrioritySource.GOAL, o.name());
    }
    request
        .businessModel()
        .ifPresent(
            m -> spread(mass, table.strengthsFor(m), 1.0, PrioritySource.BUSINESS_MODEL, m.name()));
    Set<ProductTrait> traits = request.productTraits();
    for (ProductTrait t : traits) {
      spread(
          mass, table.strengthsFor(t), 1.0 / traits.size(), PrioritySource.PRODUCT_TRAIT, t.name());
    }
    Audience audience = request.audience();
    List<Double> weights = AudienceReachEstimate.personaWeights(audience);
    for (int i = 0; i < audience.members().size(); i++) {
      Optional<GenerationMix> mix =
          audience.members().get(i).persona().generations(request.referenceDate());
      if (mix.isEmpty()) {
        continue;
      }
      for (Map.Entry<Generation, Ratio> e : mix.get().shares().entrySet()) {
        spread(
            mass,
            table.strengthsFor(e.getKey()),
            weights.get(i) * e.getValue().valueOr(0),
            PrioritySource.GENERATION,
            e.getKey().name());
      }
    }
    double total = 0;
    for (Map<PriorityReasonKey, Double> reasons : mass.values()) {
      for (double w : reasons.values()) {
        total += w;
      }
    }
    if (!(total > 0) || !Double.isFinite(total)) {
      return List.of();
    }
    List<Priority> out = new ArrayList<>();
    for (Map.Entry<Strength, Map<PriorityReasonKey, Double>> e : mass.entrySet()) {
      List<PriorityReason> reasons = new ArrayList<>();
      double weight = 0;
      for (Map.Entry<PriorityReasonKey, Double> r : e.getValue().entrySet()) {
        double w = Math.min(1.0, r.getValue() / total);
        weight += w;
        reasons.add(new PriorityReason(r.getKey().source(), r.getKey().factor(), w));
      }
      reasons.sort(
          Comparator.comparingDouble(PriorityReason::weight)
              .reversed()
              .thenComparing(PriorityReason::source)
              .thenComparing(PriorityReason::factor));
      if (weight > 0) {
        out.add(new Priority(e.getKey(), Math.min(1.0, weight), reasons));
      }
    }
    out.sort(
        Comparator.comparingDouble(Priority::weight).reversed().thenComparing(Priority::strength));
    return List.copyOf(out);
  }

  /** Where a reason's weight accumulates: one source and factor. */
  private record PriorityReasonKey(PrioritySource source, String factor) {}

  private static void spread(
      Map<Strength, Map<PriorityReasonKey, Double>> mass,
      Set<Strength> strengths,
      double weight,
      PrioritySource source,
      String factor) {
    if (strengths.isEmpty() || !(weight > 0)) {
      return;
    }
    double each = weight / strengths.size();
    PriorityReasonKey key = new PriorityReasonKey(source, factor);
    for (Strength s : strengths) {
      mass.computeIfAbsent(s, k -> new LinkedHashMap<>()).merge(key, each, Double::sum);
    }
  }

  /**
   * Ranks every platform of the catalog for a request.
   *
   * @param request the audience and priorities
   * @return the ranking, every platform of the catalog exactly once, best first
   */
  public PlatformRanking recommend(RecommendationRequest request) {
    Checks.notNull(request, "request");
    List<Priority> priorities = priorities(request);
    List<Scored> scored = new ArrayList<>();
    for (PlatformProfile profile : catalog.profiles()) {
      AudienceReachEstimate estimate = AudienceReachEstimate.of(request.audience(), profile);
      Set<Strength> matched = EnumSet.noneOf(Strength.class);
      double fit = priorities.isEmpty() ? 1.0 : 0.0;
      for (Priority p : priorities) {
        if (profile.hasStrength(p.strength())) {
          matched.add(p.strength());
          fit += p.weight();
        }
      }
      fit = Math.min(1.0, fit);
      double reach = estimate.reach().map(r -> r.valueOr(0)).orElse(0.0);
      double score = Math.min(1.0, reach * (fitFloor + (1 - fitFloor) * fit));
      scored.add(new Scored(profile, estimate, matched, fit, score));
    }
    scored.sort(
        Comparator.comparingDouble(Scored::score)
            .reversed()
            .thenComparing(s -> s.profile().platform().id()));
    List<PlatformScore> scores = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      double bestScore = scored.get(0).score();
      Platform best = scored.get(0).profile().platform();
      scores.add(
          new PlatformScore(
              s.profile().platform(),
              i + 1,
              s.score(),
              verdict(s, bestScore),
              s.estimate(),
              s.profile().reach().map(r -> r.survey() + ", " + r.published()),
              priorities,
              s.matched(),
              s.fit(),
              fitFloor,
              minimumReach,
              relativeCutoff,
              bestScore,
              best));
    }
    return new PlatformRanking(request, scores);
  }

  private PlatformVerdict verdict(Scored s, double bestScore) {
    Optional<Ratio> reach = s.estimate().reach();
    if (reach.isEmpty()) {
      return PlatformVerdict.NO_REACH_DATA;
    }
    if (reach.get().valueOr(0) < minimumReach) {
      return PlatformVerdict.LOW_REACH;
    }
    if (s.score() < relativeCutoff * bestScore) {
      return PlatformVerdict.FAR_BELOW_BEST;
    }
    return PlatformVerdict.RECOMMENDED;
  }

  /** A platform's numbers before ranking. */
  private record Scored(
      PlatformProfile profile,
      AudienceReachEstimate estimate,
      Set<Strength> matched,
      double fit,
      double score) {}

  /**
   * Returns the parameters: {@code PlatformRecommender[14 platforms, floor 0.2, minimum reach 0.2,
   * cutoff 0.5]}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "PlatformRecommender["
        + catalog.size()
        + " platforms, floor "
        + fitFloor
        + ", minimum reach "
        + minimumReach
        + ", cutoff "
        + relativeCutoff
        + "]";
  }
}
