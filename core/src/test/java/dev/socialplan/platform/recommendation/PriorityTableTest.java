package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.socialplan.audience.Generation;
import dev.socialplan.goal.Objective;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.platform.Strength;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriorityTableTest {
  private static final PriorityTable STANDARD = PriorityTable.standard();

  @Test
  void theStandardTableMapsTheArticlesAdvice() {
    assertThat(STANDARD.strengthsFor(Objective.CUSTOMER_SERVICE))
        .containsExactly(Strength.CUSTOMER_SERVICE);
    assertThat(STANDARD.strengthsFor(Objective.AWARENESS))
        .containsExactly(Strength.SHORT_VIDEO, Strength.BROAD_REACH);
    assertThat(STANDARD.strengthsFor(Objective.ENGAGEMENT))
        .containsExactly(Strength.GROUPS_AND_COMMUNITY, Strength.LIVE);
    assertThat(STANDARD.strengthsFor(Objective.TRAFFIC))
        .containsExactly(Strength.SEARCH_AND_DISCOVERY);
    assertThat(STANDARD.strengthsFor(Objective.AUDIENCE_GROWTH))
        .containsExactly(Strength.SHORT_VIDEO, Strength.SEARCH_AND_DISCOVERY, Strength.TRENDS);
    assertThat(STANDARD.strengthsFor(Objective.LEADS))
        .containsExactly(Strength.SEARCH_AND_DISCOVERY, Strength.BROAD_REACH);
    assertThat(STANDARD.strengthsFor(Objective.CONVERSIONS)).containsExactly(Strength.SHOPPING);
    assertThat(STANDARD.strengthsFor(Objective.REVENUE)).containsExactly(Strength.SHOPPING);
    assertThat(STANDARD.strengthsFor(Objective.COMMUNITY))
        .containsExactly(Strength.GROUPS_AND_COMMUNITY);
    assertThat(STANDARD.strengthsFor(BusinessModel.B2B)).containsExactly(Strength.B2B);
    assertThat(STANDARD.strengthsFor(BusinessModel.B2C)).isEmpty();
    assertThat(STANDARD.strengthsFor(BusinessModel.BOTH))
        .containsExactly(Strength.B2B, Strength.BROAD_REACH);
    assertThat(STANDARD.strengthsFor(Generation.GEN_Z))
        .containsExactly(Strength.SHORT_VIDEO, Strength.TRENDS);
    for (Generation g : List.of(Generation.SILENT, Generation.BOOMERS, Generation.GEN_X, Generation.MILLENNIALS)) {
      assertThat(STANDARD.strengthsFor(g)).as(g.name()).isEmpty();
    }
  }

  @Test
  void withReplacesOneEntryAndLeavesTheOriginal() {
    PriorityTable custom =
        STANDARD
            .withObjective(Objective.TRAFFIC, Set.of(Strength.VISUAL, Strength.SEARCH_AND_DISCOVERY))
            .withBusinessModel(BusinessModel.B2C, Set.of(Strength.GROUPS_AND_COMMUNITY))
            .withProductTrait(ProductTrait.VISUAL, Set.of())
            .withGeneration(Generation.MILLENNIALS, Set.of(Strength.VISUAL));
    assertThat(custom.strengthsFor(Objective.TRAFFIC))
        .containsExactly(Strength.VISUAL, Strength.SEARCH_AND_DISCOVERY);
    assertThat(custom.strengthsFor(BusinessModel.B2C))
        .containsExactly(Strength.GROUPS_AND_COMMUNITY);
    assertThat(custom.strengthsFor(ProductTrait.VISUAL)).isEmpty();
    assertThat(custom.strengthsFor(Generation.MILLENNIALS)).containsExactly(Strength.VISUAL);
    assertThat(STANDARD.strengthsFor(Objective.TRAFFIC))
        .containsExactly(Strength.SEARCH_AND_DISCOVERY);
    assertThat(custom).isNotEqualTo(STANDARD);
  }

  @Test
  void theEmptyTableAsksForNothing() {
    PriorityTable empty = PriorityTable.empty();
    for (Objective o : Objective.values()) {
      assertThat(empty.strengthsFor(o)).isEmpty();
    }
    assertThat(empty).hasToString("PriorityTable{}");
    assertThat(empty.withObjective(Objective.COMMUNITY, List.of(Strength.GROUPS_AND_COMMUNITY)))
        .hasToString("PriorityTable{COMMUNITY=[GROUPS_AND_COMMUNITY]}");
  }

  @Test
  void equalTablesAreEqual() {
    PriorityTable rebuilt =
        STANDARD.withObjective(Objective.TRAFFIC, List.of(Strength.SEARCH_AND_DISCOVERY));
    assertThat(rebuilt).isEqualTo(STANDARD).hasSameHashCodeAs(STANDARD);
    PriorityTable other = STANDARD.withObjective(Objective.TRAFFIC, List.of(Strength.VISUAL));
    assertThat(STANDARD)
        .isNotEqualTo(other)
        .isNotEqualTo(STANDARD.toString())
        .doesNotHaveSameHashCodeAs(other);
    new EqualsTester().addEqualityGroup(rebuilt, STANDARD).addEqualityGroup(other).testEquals();
  }
}
