package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.audience.Audience;
import dev.socialplan.audience.Persona;
import dev.socialplan.goal.Objective;
import dev.socialplan.plan.BusinessModel;
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
