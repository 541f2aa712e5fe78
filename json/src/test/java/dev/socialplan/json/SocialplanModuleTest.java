package dev.socialplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.goal.Goal;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.testkit.samples.SamplePlans;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class SocialplanModuleTest {

  private static final StrategyPlan PLAN = SamplePlans.article().plan();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new SocialplanModule()).build();

  @Test
  void mapperWritesWhatTheCodecWritesInsideTheDocument() {
    String codec = SocialplanJson.standard().write(PLAN);
    String mapper = MAPPER.writeValueAsString(PLAN);
    assertThat("{\"socialplan\":\"1\"," + mapper.substring(1)).isEqualTo(codec);
  }

  @Test
  void mapperReadsBackEqualValues() {
    String json = MAPPER.writeValueAsString(PLAN);
    assertThat(MAPPER.readValue(json, StrategyPlan.class)).isEqualTo(PLAN);
    Goal goal = PLAN.goals().get(0);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(goal), Goal.class)).isEqualTo(goal);
  }

  @Test
  void unknownFieldsFollowTheMappersSetting() {
    String json = "{\"name\":\"Acme\",\"industry\":\"Food\",\"businessModel\":\"B2C\",\"x\":1}";
    JsonMapper strict =
        MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThatThrownBy(() -> strict.readValue(json, dev.socialplan.plan.Brand.class))
        .isInstanceOf(SocialplanJsonException.class)
        .hasMessageContaining("/x")
        .hasMessageContaining("unknown field \"x\"");
    // Jackson 3 ignores unknown properties by default; the module follows the mapper.
    assertThat(MAPPER.readValue(json, dev.socialplan.plan.Brand.class).name()).isEqualTo("Acme");
  }
}
