package dev.socialplan.goal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.validation.ValidationContext;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SmartLetter} is a plain enum, but its order is a contract: {@link SmartAssessment#checks()}
 * come in this order and {@link SmartAssessment#check(SmartLetter)} finds a letter's check by it.
 * {@link SmartVerdict} has no order or behaviour of its own and is covered by {@link
 * SmartAssessmentTest} and {@link SmartCheckTest}.
 */
class SmartLetterTest {
  private static final Goal DRAFT =
      Goal.builder().name("Be big").objective(Objective.AWARENESS).start(LocalDate.of(2025, 1, 1)).build();

  @Test
  void theLettersSpellSmart() {
    assertThat(
            Stream.of(SmartLetter.values()).map(l -> l.name().substring(0, 1)).collect(Collectors.joining()))
        .isEqualTo("SMART");
  }

  @Test
  void theAssessmentFindsEachLettersCheckByItsPosition() {
    StrategyPlan plan =
        StrategyPlan.builder()
            .brand(Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C))
            .addGoals(DRAFT)
            .build();
    SmartAssessment a = SmartAssessment.of(plan, 0, ValidationContext.standard());
    for (SmartLetter letter : SmartLetter.values()) {
      assertThat(a.checks().get(letter.ordinal()).letter()).isEqualTo(letter);
      assertThat(a.check(letter)).isSameAs(a.checks().get(letter.ordinal()));
    }
  }
}
