package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.goal.Objective;
import dev.socialplan.platform.recommendation.PlatformRecommender;
import dev.socialplan.platform.recommendation.PriorityTable;
import dev.socialplan.platform.recommendation.RecommendationRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RecommendationGeneratorsTest {
  private static final long SEED = 20261101L;

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void requestsCoverEveryPart() {
    List<RecommendationRequest> requests = sample(RecommendationGenerators.requests(), 300);
    assertThat(requests).anyMatch(r -> r.audience().isEmpty());
    assertThat(requests).anyMatch(r -> r.audience().members().size() > 1);
    assertThat(requests).anyMatch(r -> r.objectives().isEmpty());
    assertThat(requests).anyMatch(r -> r.objectives().size() > 2);
    assertThat(requests).anyMatch(r -> r.businessModel().isEmpty());
    assertThat(requests).anyMatch(r -> r.businessModel().isPresent());
    assertThat(requests).anyMatch(r -> !r.productTraits().isEmpty());
  }

  @Test
  void tablesAndRecommendersVary() {
    List<PriorityTable> tables = sample(RecommendationGenerators.priorityTables(), 200);
    assertThat(tables).contains(PriorityTable.standard(), PriorityTable.empty());
    assertThat(tables)
        .anyMatch(t -> !t.equals(PriorityTable.standard()) && !t.equals(PriorityTable.empty()));
    assertThat(tables)
        .anyMatch(
            t ->
                !t.strengthsFor(Objective.TRAFFIC)
                    .equals(PriorityTable.standard().strengthsFor(Objective.TRAFFIC)));
    List<PlatformRecommender> recommenders = sample(RecommendationGenerators.recommenders(), 200);
    assertThat(recommenders).anyMatch(r -> r.fitFloor() == 0.0);
    assertThat(recommenders).anyMatch(r -> r.fitFloor() > 0.0 && r.fitFloor() < 1.0);
    assertThat(recommenders).anyMatch(r -> r.catalog().size() == 0);
    assertThat(recommenders).anyMatch(r -> r.catalog().size() > 10);
    assertThat(sample(RecommendationGenerators.strengthSets(), 100)).anyMatch(s -> s.isEmpty());
  }
}
