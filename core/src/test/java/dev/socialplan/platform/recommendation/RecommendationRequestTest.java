package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.audience.Audience;
import dev.socialplan.audience.Persona;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.StrategyPlan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecommendationRequestTest {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  private static final Audience MOTHERS = Audience.of(Persona.of("Single mothers"));

  @Test
  void onlyTheReferenceDateIsRequired() {
    RecommendationRequest r = RecommendationRequest.builder().referenceDate(DATE).build();
    assertThat(r.audience()).isEqualTo(Audience.empty());
    assertThat(r.objectives()).isEmpty();
    assertThat(r.businessModel()).isEmpty();
    assertThat(r.productTraits()).isEmpty();
    assertThat(r.referenceDate()).isEqualTo(DATE);
    assertThatThrownBy(() -> RecommendationRequest.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("referenceDate");
  }

  @Test
  void aPlanGivesItsAudienceGoalsAndBusinessModel() {
    Goal growth =
        Goal.builder().name("Grow").objective(Objective.AUDIENCE_GROWTH).start(DATE).build();
    Goal service =
        Goal.builder().name("Answer").objective(Objective.CUSTOMER_SERVICE).start(DATE).build();
    StrategyPlan plan =
        StrategyPlan.builder()
            .brand(Brand.of("Glow", "cosmetics", BusinessModel.B2C))
            .addGoals(growth, service)
            .audience(MOTHERS)
            .build();
    RecommendationRequest r = RecommendationRequest.from(plan, DATE);
    assertThat(r.audience()).isEqualTo(MOTHERS);
    assertThat(r.objectives()).containsExactly(Objective.AUDIENCE_GROWTH, Objective.CUSTOMER_SERVICE);
    assertThat(r.businessModel()).contains(BusinessModel.B2C);
    assertThat(r.productTraits()).isEmpty();
    assertThat(r.referenceDate()).isEqualTo(DATE);
    RecommendationRequest bare = RecommendationRequest.from(StrategyPlan.of(plan.brand()), DATE);
    assertThat(bare.audience().isEmpty()).isTrue();
    assertThat(bare.objectives()).isEmpty();
  }

  @Test
  void withMethodsReplaceOnePart() {
    RecommendationRequest r =
        RecommendationRequest.of(MOTHERS, DATE)
            .withObjectives(Objective.AWARENESS, Objective.AWARENESS)
            .withBusinessModel(BusinessModel.B2C)
            .withProductTraits(ProductTrait.VISUAL, ProductTrait.TRY_ON);
    assertThat(r.audience()).isEqualTo(MOTHERS);
    assertThat(r.objectives()).containsExactly(Objective.AWARENESS, Objective.AWARENESS);
    assertThat(r.businessModel()).contains(BusinessModel.B2C);
    assertThat(r.productTraits()).containsExactly(ProductTrait.VISUAL, ProductTrait.TRY_ON);
    assertThat(r.withAudience(Audience.empty()).audience().isEmpty()).isTrue();
    assertThat(r.withObjectives().objectives()).isEmpty();
    assertThat(r).isEqualTo(RecommendationRequest.builder().from(r).build());
  }
}
