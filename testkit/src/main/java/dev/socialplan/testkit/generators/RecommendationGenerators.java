package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.audience.Generation;
import dev.socialplan.goal.Objective;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.platform.Strength;
import dev.socialplan.platform.recommendation.PlatformRecommender;
import dev.socialplan.platform.recommendation.PriorityTable;
import dev.socialplan.platform.recommendation.ProductTrait;
import dev.socialplan.platform.recommendation.RecommendationRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code dev.socialplan.platform.recommendation} package: product
 * traits, priority tables, recommendation requests and recommenders. Every generated value is
 * constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class RecommendationGenerators {

  private RecommendationGenerators() {}

  /**
   * Generates product traits.
   *
   * @return every {@link ProductTrait}
   */
  public static Gen<ProductTrait> productTraits() {
    return Generate.enumValues(ProductTrait.class);
  }

  /**
   * Generates business models.
   *
   * @return every {@link BusinessModel}
   */
  public static Gen<BusinessModel> businessModels() {
    return Generate.enumValues(BusinessModel.class);
  }

  /**
   * Generates sets of strengths, from empty to every strength.
   *
   * @return sets of strengths
   */
  public static Gen<Set<Strength>> strengthSets() {
    return lists()
        .of(PlatformGenerators.strengths())
        .ofSizeBetween(0, Strength.values().length)
        .map(
            list -> {
              EnumSet<Strength> set = EnumSet.noneOf(Strength.class);
              set.addAll(list);
              return set;
            });
  }

  /**
   * Generates priority tables: the standard and the empty table, and either with up to six entries
   * replaced by generated sets of strengths.
   *
   * @return priority tables
   */
  public static Gen<PriorityTable> priorityTables() {
    Gen<Boolean> standard = Generate.booleans();
    Gen<Integer> changes = integers().between(0, 6);
    Gen<Integer> part = integers().between(0, 3);
    Gen<Objective> objective = GoalGenerators.objectives();
    Gen<BusinessModel> model = businessModels();
    Gen<ProductTrait> trait = productTraits();
    Gen<Generation> generation = Generate.enumValues(Generation.class);
    Gen<Set<Strength>> strengths = strengthSets();
    return in -> {
      PriorityTable table = standard.generate(in) ? PriorityTable.standard() : PriorityTable.empty();
      for (int i = changes.generate(in); i > 0; i--) {
        switch (part.generate(in)) {
          case 0:
            table = table.withObjective(objective.generate(in), strengths.generate(in));
            break;
          case 1:
            table = table.withBusinessModel(model.generate(in), strengths.generate(in));
            break;
          case 2:
            table = table.withProductTrait(trait.generate(in), strengths.generate(in));
            break;
          default:
            table = table.withGeneration(generation.generate(in), strengths.generate(in));
            break;
        }
      }
      return table;
    };
  }

  /**
   * Generates requests: audiences of up to {@code maxPersonas} personas, up to five objectives
   * (repeats allowed), an optional business model, any product traits, and reference dates from
   * {@link AudienceGenerators#referenceDates()}.
   *
   * @param maxPersonas the most personas, zero or more
   * @return requests
   */
  public static Gen<RecommendationRequest> requests(int maxPersonas) {
    Gen<List<Objective>> objectives = lists().of(GoalGenerators.objectives()).ofSizeBetween(0, 5);
    Gen<Optional<BusinessModel>> model =
        businessModels().map(Optional::of).mix(Generate.constant(Optional.empty()), 25);
    Gen<List<ProductTrait>> traits = lists().of(productTraits()).ofSizeBetween(0, 4);
    return AudienceGenerators.audiences(maxPersonas)
        .zip(
            AudienceGenerators.referenceDates(),
            (audience, date) -> RecommendationRequest.of(audience, date))
        .zip(objectives, (r, o) -> RecommendationRequest.builder().from(r).objectives(o).build())
        .zip(model, (r, m) -> RecommendationRequest.builder().from(r).businessModel(m).build())
        .zip(traits, (r, t) -> RecommendationRequest.builder().from(r).productTraits(t).build());
  }

  /**
   * Generates requests with up to four personas.
   *
   * @return requests
   * @see #requests(int)
   */
  public static Gen<RecommendationRequest> requests() {
    return requests(4);
  }

  /**
   * Generates recommenders over generated catalogs ({@link PlatformGenerators#catalogs()}) and
   * priority tables, with any fit floor, minimum reach and relative cutoff between 0 and 1.
   *
   * @return recommenders
   */
  public static Gen<PlatformRecommender> recommenders() {
    Gen<Double> fraction =
        doubles().between(0, 1).mix(Generate.pick(List.of(0.0, 0.2, 0.5, 1.0)), 30);
    return PlatformGenerators.catalogs()
        .zip(
            priorityTables(),
            (catalog, table) ->
                PlatformRecommender.standard().withCatalog(catalog).withPriorities(table))
        .zip(fraction, PlatformRecommender::withFitFloor)
        .zip(fraction, PlatformRecommender::withMinimumReach)
        .zip(fraction, PlatformRecommender::withRelativeCutoff);
  }
}
