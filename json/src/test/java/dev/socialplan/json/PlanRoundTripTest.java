package dev.socialplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import org.junit.jupiter.api.Test;

class PlanRoundTripTest {

  private static final SocialplanJson JSON = SocialplanJson.standard();

  @Test
  void everySamplePlanComesBackEqual() {
    for (SamplePlan sample : SamplePlans.all()) {
      String text = JSON.write(sample.plan());
      StrategyPlan back = JSON.readPlan(text);
      assertThat(back).as(sample.name()).isEqualTo(sample.plan());
      assertThat(JSON.write(back)).as(sample.name()).isEqualTo(text);
    }
  }

  @Test
  void documentStartsWithTheFormatVersion() {
    assertThat(JSON.write(SamplePlans.article().plan())).startsWith("{\"socialplan\":\"1\",\"brand\":");
  }
}
