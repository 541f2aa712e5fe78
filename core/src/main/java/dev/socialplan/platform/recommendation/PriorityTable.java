package dev.socialplan.platform.recommendation;

import dev.socialplan.audience.Generation;
import dev.socialplan.goal.Objective;
import dev.socialplan.internal.Checks;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.platform.Strength;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which platform strengths each part of a recommendation request asks for: each goal objective,
 * business model, product trait and generation maps to a set of {@link Strength}s (possibly empty).
 * The recommender matches these priorities against each platform's strengths, so the strategy guide's
 * advice is data here, not code: "to maximise customer service, prioritise Twitter" is {@link
 * Objective#CUSTOMER_SERVICE} → {@link Strength#CUSTOMER_SERVICE}, and the catalog gives X that
 * strength.
 *
 * <h2>The standard table</h2>
 *
 * <p>From the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) (steps 1, 3 and 6 and the eight trends):
 *
 * <table>
 *   <caption>Standard priorities</caption>
 *   <tr><th>part of the request</th><th>strengths</th><th>the strategy guide</th></tr>
 *   <tr><td>awareness goal</td><td>broad reach, short video</td><td>"often the best results:
 *       Facebook, YouTube, Google or LinkedIn"; TikTok content "for a wider reach" (trend 1)</td></tr>
 *   <tr><td>engagement goal</td><td>groups and community, live</td><td>questions and quizzes in a
 *       community (trend 2); live video builds trust (trend 4)</td></tr>
 *   <tr><td>traffic goal</td><td>search and discovery</td><td>keywords reveal what the audience
 *       looks for (step 6)</td></tr>
 *   <tr><td>audience growth goal</td><td>short video, trends, search and discovery</td><td>"grow
 *       your audience": keywords, phrases, hashtags (step 1); trends (trend 1)</td></tr>
 *   <tr><td>leads goal</td><td>broad reach, search and discovery</td><td>lead generation on
 *       Facebook, Instagram, Twitter, LinkedIn (benefits)</td></tr>
 *   <tr><td>conversions and revenue goals</td><td>shopping</td><td>Facebook and Instagram shops
 *       (trend 6)</td></tr>
 *   <tr><td>customer service goal</td><td>customer service</td><td>"prioritise Twitter" (step
 *       3)</td></tr>
 *   <tr><td>community goal</td><td>groups and community</td><td>"Facebook groups suit B2C; for B2B
 *       consider LinkedIn" (trend 2)</td></tr>
 *   <tr><td>B2B</td><td>B2B</td><td>LinkedIn (trend 2)</td></tr>
 *   <tr><td>B2C</td><td>(none)</td><td>consumers are everywhere</td></tr>
 *   <tr><td>both</td><td>B2B, broad reach</td><td>LinkedIn, and the broad platforms</td></tr>
 *   <tr><td>visual product</td><td>visual</td><td>"Instagram is perfect" (step 3)</td></tr>
 *   <tr><td>sold online</td><td>shopping</td><td>(trend 6)</td></tr>
 *   <tr><td>try-on product</td><td>AR effects</td><td>AR filters for new products (trend 7)</td></tr>
 *   <tr><td>demonstrated product</td><td>live, long video</td><td>launches, workshops (trend
 *       4)</td></tr>
 *   <tr><td>Generation Z</td><td>short video, trends</td><td>"TikTok is loved by Gen Z ... make short
 *       videos ... trends matter to TikTok's audience" (trend 1)</td></tr>
 *   <tr><td>other generations</td><td>(none)</td><td>the strategy guide names no preference</td></tr>
 * </table>
 *
 * <p>Replace any entry with the {@code with} methods. Immutable and thread-safe.
 */
public final class PriorityTable {
  private static final PriorityTable STANDARD = standardTable();

  private final Map<Objective, Set<Strength>> objectives;
  private final Map<BusinessModel, Set<Strength>> businessModels;
  private final Map<ProductTrait, Set<Strength>> productTraits;
  private final Map<Generation, Set<Strength>> generations;

  private PriorityTable(
      Map<Objective, Set<Strength>> objectives,
      Map<BusinessModel, Set<Strength>> businessModels,
      Map<ProductTrait, Set<Strength>> productTraits,
      Map<Generation, Set<Strength>> generations) {
    this.objectives = objectives;
    this.businessModels = businessModels;
    this.productTraits = productTraits;
    this.generations = generations;
  }

  /**
   * Returns the standard table (see the class description).
   *
   * @return the standard table
   */
  public static PriorityTable standard() {
    return STANDARD;
  }

  /**
   * Returns a table in which nothing asks for any strength: with it, the recommender ranks by reach
   * alone.
   *
   * @return the empty table
   */
  public static PriorityTable empty() {
    return new PriorityTable(
        filled(Objective.class), filled(BusinessModel.class), filled(ProductTrait.class),
        filled(Generation.class));
  }

  private static PriorityTable standardTable() {
    return empty()
        .withObjective(Objective.AWARENESS, Set.of(Strength.BROAD_REACH, Strength.SHORT_VIDEO))
        .withObjective(
            Objective.ENGAGEMENT, Set.of(Strength.GROUPS_AND_COMMUNITY, Strength.LIVE))
        .withObjective(Objective.TRAFFIC, Set.of(Strength.SEARCH_AND_DISCOVERY))
        .withObjective(
            Objective.AUDIENCE_GROWTH,
            Set.of(Strength.SHORT_VIDEO, Strength.TRENDS, Strength.SEARCH_AND_DISCOVERY))
        .withObjective(
            Objective.LEADS, Set.of(Strength.BROAD_REACH, Strength.SEARCH_AND_DISCOVERY))
        .withObjective(Objective.CONVERSIONS, Set.of(Strength.SHOPPING))
        .withObjective(Objective.REVENUE, Set.of(Strength.SHOPPING))
        .withObjective(Objective.CUSTOMER_SERVICE, Set.of(Strength.CUSTOMER_SERVICE))
        .withObjective(Objective.COMMUNITY, Set.of(Strength.GROUPS_AND_COMMUNITY))
        .withBusinessModel(BusinessModel.B2B, Set.of(Strength.B2B))
        .withBusinessModel(BusinessModel.BOTH, Set.of(Strength.B2B, Strength.BROAD_REACH))
        .withProductTrait(ProductTrait.VISUAL, Set.of(Strength.VISUAL))
        .withProductTrait(ProductTrait.SOLD_ONLINE, Set.of(Strength.SHOPPING))
        .withProductTrait(ProductTrait.TRY_ON, Set.of(Strength.AR_EFFECTS))
        .withProductTrait(ProductTrait.DEMONSTRATED, Set.of(Strength.LIVE, Strength.LONG_VIDEO))
        .withGeneration(Generation.GEN_Z, Set.of(Strength.SHORT_VIDEO, Strength.TRENDS));
  }

  private static <K extends Enum<K>> Map<K, Set<Strength>> filled(Class<K> type) {
    Map<K, Set<Strength>> map = new EnumMap<>(type);
    for (K key : type.getEnumConstants()) {
      map.put(key, Set.of());
    }
    return Collections.unmodifiableMap(map);
  }

  private static <K extends Enum<K>> Map<K, Set<Strength>> with(
      Map<K, Set<Strength>> map, K key, Collection<Strength> strengths, String field) {
    Checks.notNull(key, field);
    Checks.noNullElements(strengths, "strengths");
    EnumSet<Strength> set = EnumSet.noneOf(Strength.class);
    set.addAll(strengths);
    Map<K, Set<Strength>> copy = new EnumMap<>(map);
    copy.put(key, Collections.unmodifiableSet(set));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the strengths a goal with an objective asks for.
   *
   * @param objective the objective
   * @return the strengths, in enum order, possibly empty
   */
  public Set<Strength> strengthsFor(Objective objective) {
    return objectives.get(Checks.notNull(objective, "objective"));
  }

  /**
   * Returns the strengths a business model asks for.
   *
   * @param model the business model
   * @return the strengths, in enum order, possibly empty
   */
  public Set<Strength> strengthsFor(BusinessModel model) {
    return businessModels.get(Checks.notNull(model, "model"));
  }

  /**
   * Returns the strengths a product trait asks for.
   *
   * @param trait the trait
   * @return the strengths, in enum order, possibly empty
   */
  public Set<Strength> strengthsFor(ProductTrait trait) {
    return productTraits.get(Checks.notNull(trait, "trait"));
  }

  /**
   * Returns the strengths a generation in the audience asks for.
   *
   * @param generation the generation
   * @return the strengths, in enum order, possibly empty
   */
  public Set<Strength> strengthsFor(Generation generation) {
    return generations.get(Checks.notNull(generation, "generation"));
  }

  /**
   * Returns a copy in which an objective asks for other strengths.
   *
   * @param objective the objective
   * @param strengths the strengths, possibly empty
   * @return the new table
   */
  public PriorityTable withObjective(Objective objective, Collection<Strength> strengths) {
    return new PriorityTable(
        with(objectives, objective, strengths, "objective"),
        businessModels,
        productTraits,
        generations);
  }

  /**
   * Returns a copy in which a business model asks for other strengths.
   *
   * @param model the business model
   * @param strengths the strengths, possibly empty
   * @return the new table
   */
  public PriorityTable withBusinessModel(BusinessModel model, Collection<Strength> strengths) {
    return new PriorityTable(
        objectives, with(businessModels, model, strengths, "model"), productTraits, generations);
  }

  /**
   * Returns a copy in which a product trait asks for other strengths.
   *
   * @param trait the trait
   * @param strengths the strengths, possibly empty
   * @return the new table
   */
  public PriorityTable withProductTrait(ProductTrait trait, Collection<Strength> strengths) {
    return new PriorityTable(
        objectives, businessModels, with(productTraits, trait, strengths, "trait"), generations);
  }

  /**
   * Returns a copy in which a generation asks for other strengths.
   *
   * @param generation the generation
   * @param strengths the strengths, possibly empty
   * @return the new table
   */
  public PriorityTable withGeneration(Generation generation, Collection<Strength> strengths) {
    return new PriorityTable(
        objectives,
        businessModels,
        productTraits,
        with(generations, generation, strengths, "generation"));
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PriorityTable)) {
      return false;
    }
    PriorityTable that = (PriorityTable) obj;
    return objectives.equals(that.objectives)
        && businessModels.equals(that.businessModels)
        && productTraits.equals(that.productTraits)
        && generations.equals(that.generations);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(objectives, businessModels, productTraits, generations);
  }

  /**
   * Returns every entry that asks for at least one strength: {@code PriorityTable{AWARENESS=[...],
   * ...}}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("PriorityTable{");
    String sep = "";
    for (Map<? extends Enum<?>, Set<Strength>> map :
        java.util.List.of(objectives, businessModels, productTraits, generations)) {
      for (Map.Entry<? extends Enum<?>, Set<Strength>> e : map.entrySet()) {
        if (!e.getValue().isEmpty()) {
          out.append(sep).append(e.getKey().name()).append('=').append(e.getValue());
          sep = ", ";
        }
      }
    }
    return out.append('}').toString();
  }
}
