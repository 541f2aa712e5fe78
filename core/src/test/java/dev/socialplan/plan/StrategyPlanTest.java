package dev.socialplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.audience.Audience;
import dev.socialplan.audience.Persona;
import dev.socialplan.budget.Budget;
import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Swot;
import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.platform.Platform;
import java.time.LocalDate;
import java.time.ZoneId;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class StrategyPlanTest {
  private static final Brand GLOW = Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C);
  private static final LocalDateRange Q2 =
      LocalDateRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1));
  private static final PlatformChoice INSTAGRAM =
      PlatformChoice.of(Platform.INSTAGRAM, "visual product; personas use Reels");
  private static final PlatformChoice TIKTOK =
      PlatformChoice.of(Platform.TIKTOK, "short-video programme");

  @Test
  void aDraftNeedsOnlyABrand() {
    StrategyPlan draft = StrategyPlan.of(GLOW);
    assertThat(draft.brand()).isEqualTo(GLOW);
    assertThat(draft.platforms()).isEmpty();
    assertThat(draft.goals()).isEmpty();
    assertThat(draft.audience()).isEmpty();
    assertThat(draft.content()).isEmpty();
    assertThat(draft.budget()).isEmpty();
    assertThat(draft.timeZone()).isEmpty();
    assertThat(draft.period()).isEmpty();
  }

  @Test
  void keepsEveryPart() {
    Budget budget = Budget.of(Money.parse("TWD 120000"), Q2);
    StrategyPlan plan =
        StrategyPlan.builder()
            .brand(GLOW)
            .addPlatform(INSTAGRAM)
            .addPlatform(TIKTOK)
            .budget(budget)
            .timeZone(ZoneId.of("Asia/Taipei"))
            .period(Q2)
            .build();
    assertThat(plan.platforms()).containsExactly(INSTAGRAM, TIKTOK);
    assertThat(plan.chosenPlatforms()).containsExactly(Platform.INSTAGRAM, Platform.TIKTOK);
    assertThat(plan.isChosen(Platform.TIKTOK)).isTrue();
    assertThat(plan.isChosen(Platform.X)).isFalse();
    assertThat(plan.budget()).contains(budget);
    assertThat(plan.timeZone()).contains(ZoneId.of("Asia/Taipei"));
    assertThat(plan.period()).contains(Q2);
    assertThat(plan).isEqualTo(StrategyPlan.builder().from(plan).build());
    assertThat(plan.toString()).contains("Glow Cosmetics");
  }

  @Test
  void keepsGoalsAudienceAndContent() {
    Goal goal =
        Goal.builder()
            .name("Grow Instagram")
            .objective(Objective.AUDIENCE_GROWTH)
            .start(LocalDate.of(2025, 4, 1))
            .build();
    Audience audience = Audience.of(Persona.of("Single mothers in their 20s"));
    ContentStrategy content = ContentStrategy.empty();
    StrategyPlan plan =
        StrategyPlan.builder().brand(GLOW).addGoals(goal).audience(audience).content(content).build();
    assertThat(plan.goals()).containsExactly(goal);
    assertThat(plan.audience()).contains(audience);
    assertThat(plan.content()).contains(content);
  }

  @Test
  void refusesTheSamePlatformTwice() {
    assertThatThrownBy(
            () ->
                StrategyPlan.builder()
                    .brand(GLOW)
                    .addPlatform(INSTAGRAM)
                    .addPlatform(PlatformChoice.of(Platform.INSTAGRAM, "again"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("platforms[1] chooses instagram a second time");
  }

  @Test
  void refusesAnEmptyOrUnboundedPeriod() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    assertThatThrownBy(() -> StrategyPlan.builder().brand(GLOW).period(LocalDateRange.of(d, d)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("period must not be empty");
    assertThatThrownBy(
            () ->
                StrategyPlan.builder()
                    .brand(GLOW)
                    .period(LocalDateRange.of(d, LocalDate.MAX))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("period must be bounded at both ends");
  }

  @Test
  void refusesAPlanWithoutBrand() {
    assertThatThrownBy(() -> StrategyPlan.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("brand");
  }

  @Test
  void keepsObjectivesGoalsCompetitorsAndSwot() {
    BusinessObjective sales = BusinessObjective.of("sales", "Online sales");
    Goal goal =
        Goal.builder()
            .name("Grow Instagram")
            .objective(Objective.AUDIENCE_GROWTH)
            .start(LocalDate.of(2025, 4, 1))
            .businessObjective(sales)
            .build();
    Competitor rival = Competitor.of("Rival");
    Swot swot = Swot.builder().addOpportunity("no competitor on TikTok").build();
    StrategyPlan plan =
        StrategyPlan.builder()
            .brand(GLOW)
            .addBusinessObjective(sales)
            .addGoal(goal)
            .addCompetitor(rival)
            .brandSwot(swot)
            .build();
    assertThat(plan.businessObjectives()).containsExactly(sales);
    assertThat(plan.goals()).containsExactly(goal);
    assertThat(plan.competitors()).containsExactly(rival);
    assertThat(plan.brandSwot()).contains(swot);
    assertThat(StrategyPlan.of(GLOW).competitors()).isEmpty();
    assertThat(StrategyPlan.of(GLOW).brandSwot()).isEmpty();
  }

  @Test
  void refusesTwoBusinessObjectivesWithTheSameId() {
    assertThatThrownBy(
            () ->
                StrategyPlan.builder()
                    .brand(GLOW)
                    .addBusinessObjective(BusinessObjective.of("sales", "Online sales"))
                    .addBusinessObjective(BusinessObjective.of("sales", "Shop sales"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("businessObjectives[1] repeats the id \"sales\"");
  }
}
