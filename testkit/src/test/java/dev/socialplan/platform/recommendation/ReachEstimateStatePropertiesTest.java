package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.testkit.generators.RecommendationGenerators;
import org.junit.jupiter.api.Test;

/** Every computed reach estimate is exactly what the factories build from its state. */
class ReachEstimateStatePropertiesTest {

  @Test
  void theFactoriesRebuildEveryComputedEstimateFromItsState() {
    qt().withExamples(200)
        .forAll(RecommendationGenerators.requests())
        .checkAssert(
            request -> {
              for (PlatformProfile profile : PlatformCatalog.standard().profiles()) {
                AudienceReachEstimate e = AudienceReachEstimate.of(request.audience(), profile);
                AudienceReachEstimate back =
                    AudienceReachEstimate.of(
                        e.platform(),
                        e.reach(),
                        e.personas().stream()
                            .map(
                                p ->
                                    PersonaReach.of(
                                        p.persona(),
                                        p.weight(),
                                        p.ages(),
                                        p.womenShare(),
                                        p.reach(),
                                        p.assumptions()))
                            .toList());
                assertThat(back).isEqualTo(e).hasSameHashCodeAs(e);
              }
            });
  }
}
