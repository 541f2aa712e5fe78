package dev.socialplan.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.metric.MetricKind;
import dev.socialplan.platform.Platform;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class GoalTest {
  private static final BusinessObjective ONLINE_SALES =
      BusinessObjective.of("online-sales", "Grow online sales 15 %");
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate JUL_1 = LocalDate.of(2025, 7, 1);

  /** The strategy guide's goal: +400 new Instagram followers a month. */
  private static final Goal INSTAGRAM_400 =
      Goal.builder()
          .name("Grow Instagram")
          .objective(Objective.AUDIENCE_GROWTH)
          .metric(MetricKind.FOLLOWERS)
          .platform(Platform.INSTAGRAM)
          .baseline(Target.ofCount(10_000))
          .target(Target.ofCount(12_400))
          .start(JAN_1)
          .deadline(JUL_1)
          .businessObjective(ONLINE_SALES)
          .owner("Mei")
          .growthReference(GrowthReference.observed(300, 450, 500))
          .build();

  private static final Goal DRAFT =
      Goal.builder().name("Something about engagement").objective(Objective.ENGAGEMENT).start(JAN_1).build();

  @Test
  void theScopeIsAPlatformOrAllPlatformsNeverBoth() {
    assertThat(INSTAGRAM_400.hasScope()).isTrue();
    assertThat(INSTAGRAM_400.acrossAllPlatforms()).isFalse();
    assertThat(DRAFT.hasScope()).isFalse();
    Goal everywhere = Goal.builder().from(DRAFT).acrossAllPlatforms(true).build();
    assertThat(everywhere.hasScope()).isTrue();
    assertThat(everywhere).isNotEqualTo(DRAFT);
    assertThatThrownBy(() -> Goal.builder().from(INSTAGRAM_400).acrossAllPlatforms(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a goal for one platform cannot also be across all platforms: platform Instagram");
  }

  @Test
  void keepsItsParts() {
    assertThat(INSTAGRAM_400.name()).isEqualTo("Grow Instagram");
    assertThat(INSTAGRAM_400.objective()).isEqualTo(Objective.AUDIENCE_GROWTH);
    assertThat(INSTAGRAM_400.metric()).contains(MetricKind.FOLLOWERS);
    assertThat(INSTAGRAM_400.platform()).contains(Platform.INSTAGRAM);
    assertThat(INSTAGRAM_400.baseline()).contains(Target.ofCount(10_000));
    assertThat(INSTAGRAM_400.target()).contains(Target.ofCount(12_400));
    assertThat(INSTAGRAM_400.start()).isEqualTo(JAN_1);
    assertThat(INSTAGRAM_400.deadline()).contains(JUL_1);
    assertThat(INSTAGRAM_400.businessObjectiveId()).contains("online-sales");
    assertThat(INSTAGRAM_400.owner()).contains("Mei");
    assertThat(INSTAGRAM_400.growthReference()).contains(GrowthReference.observed(300, 450, 500));
  }

  @Test
  void theArticlesGoalRequiresFourHundredAMonth() {
    assertThat(INSTAGRAM_400.requiredChange()).contains(BigDecimal.valueOf(2_400));
    assertThat(INSTAGRAM_400.months()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("6"));
    assertThat(INSTAGRAM_400.requiredMonthlyPace())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("400"));
    assertThat(INSTAGRAM_400.growthReference().orElseThrow().covers(BigDecimal.valueOf(400)))
        .isTrue();
  }

  @Test
  void aDraftHasNothingToDerive() {
    assertThat(DRAFT.metric()).isEmpty();
    assertThat(DRAFT.target()).isEmpty();
    assertThat(DRAFT.requiredChange()).isEmpty();
    assertThat(DRAFT.months()).isEmpty();
    assertThat(DRAFT.period()).isEmpty();
    assertThat(DRAFT.requiredMonthlyPace()).isEmpty();
    assertThat(DRAFT.serves(ONLINE_SALES)).isFalse();
  }

  @Test
  void periodIsHalfOpenUpToTheDeadline() {
    LocalDateRange period = INSTAGRAM_400.period().orElseThrow();
    assertThat(period).isEqualTo(LocalDateRange.of(JAN_1, JUL_1));
    assertThat(period.contains(JAN_1)).isTrue();
    assertThat(period.contains(JUL_1)).isFalse();
  }

  @Test
  void deadlineOnTheStartIsAcceptedButHasNoPace() {
    Goal sameDay = Goal.builder().from(INSTAGRAM_400).deadline(JAN_1).build();
    assertThat(sameDay.months()).hasValueSatisfying(m -> assertThat(m).isZero());
    assertThat(sameDay.period().orElseThrow().isEmpty()).isTrue();
    assertThat(sameDay.requiredChange()).isPresent();
    assertThat(sameDay.requiredMonthlyPace()).isEmpty();
  }

  @Test
  void loweringACostIsANegativeChange() {
    Goal cpa =
        Goal.builder()
            .name("Cheaper sales")
            .objective(Objective.CONVERSIONS)
            .metric(MetricKind.COST_PER_ACQUISITION)
            .baseline(Target.ofMoney(Money.of(CurrencyUnit.EUR, 12)))
            .target(Target.ofMoney(Money.of(CurrencyUnit.EUR, 9)))
            .start(JAN_1)
            .deadline(LocalDate.of(2025, 4, 1))
            .build();
    assertThat(cpa.requiredChange())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("-3"));
    assertThat(cpa.requiredMonthlyPace())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("-1"));
  }

  @Test
  void ratePaceIsInFractionPerMonth() {
    Goal er =
        Goal.builder()
            .name("Engage")
            .objective(Objective.ENGAGEMENT)
            .metric(MetricKind.ENGAGEMENT_RATE)
            .baseline(Target.ofPercent(2))
            .target(Target.ofPercent(3))
            .start(JAN_1)
            .deadline(LocalDate.of(2025, 5, 1))
            .build();
    assertThat(er.requiredMonthlyPace())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.0025"));
  }

  @Test
  void servesComparesBusinessObjectiveIds() {
    assertThat(INSTAGRAM_400.serves(ONLINE_SALES)).isTrue();
    assertThat(INSTAGRAM_400.serves(BusinessObjective.of("awareness", "Be known"))).isFalse();
    assertThat(INSTAGRAM_400.serves(BusinessObjective.of("online-sales", "Renamed"))).isTrue();
  }

  @Test
  void monthsBetweenCountsCalendarMonths() {
    assertThat(Goal.monthsBetween(JAN_1, JUL_1)).isEqualByComparingTo("6");
    assertThat(Goal.monthsBetween(JAN_1, LocalDate.of(2025, 1, 16)))
        .isEqualByComparingTo(BigDecimal.valueOf(15).divide(BigDecimal.valueOf(31), java.math.MathContext.DECIMAL64));
    assertThat(Goal.monthsBetween(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28)))
        .isEqualByComparingTo("1");
    assertThat(Goal.monthsBetween(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 14)))
        .isEqualByComparingTo("0.5");
    // 28 February to 31 March is the second month's span of 31 days, 30 of which have passed.
    assertThat(Goal.monthsBetween(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 30)))
        .isEqualByComparingTo(BigDecimal.ONE.add(BigDecimal.valueOf(30).divide(BigDecimal.valueOf(31), java.math.MathContext.DECIMAL64)));
    assertThat(Goal.monthsBetween(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 31)))
        .isEqualByComparingTo("2");
    assertThat(Goal.monthsBetween(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28)))
        .isEqualByComparingTo("12");
    assertThat(Goal.monthsBetween(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 29)))
        .isEqualByComparingTo("1");
    assertThat(Goal.monthsBetween(JAN_1, JAN_1)).isZero();
    assertThat(Goal.monthsBetween(LocalDate.of(2025, 2, 15), LocalDate.of(2025, 3, 1)))
        .isEqualByComparingTo(BigDecimal.valueOf(14).divide(BigDecimal.valueOf(28), java.math.MathContext.DECIMAL64));
    assertThatThrownBy(() -> Goal.monthsBetween(JUL_1, JAN_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must not be before start: 2025-01-01 < 2025-07-01");
  }

  @Test
  void refusesDeadlineBeforeStart() {
    assertThatThrownBy(() -> Goal.builder().from(INSTAGRAM_400).deadline(LocalDate.of(2024, 12, 31)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deadline must not be before start: 2024-12-31 < 2025-01-01");
  }

  @Test
  void refusesTargetOrBaselineInAnotherUnitThanTheMetric() {
    assertThatThrownBy(
            () ->
                Goal.builder()
                    .from(INSTAGRAM_400)
                    .target(Target.ofMoney(Money.of(CurrencyUnit.USD, 5_000)))
                    .baseline(Target.ofMoney(Money.of(CurrencyUnit.USD, 0)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target must be in the unit of metric followers (COUNT): USD 5000.00 (MONEY)");
    assertThatThrownBy(() -> Goal.builder().from(INSTAGRAM_400).baseline(Target.ofPercent(3)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseline must be in the unit of metric followers (COUNT): 3% (0.03/1) (RATE)");
  }

  @Test
  void refusesBaselineOfAnotherKindThanTheTarget() {
    Goal.Builder revenue =
        Goal.builder().name("Revenue").objective(Objective.REVENUE).start(JAN_1)
            .target(Target.ofMoney(Money.of(CurrencyUnit.USD, 5_000)));
    assertThatThrownBy(() -> revenue.baseline(Target.ofMoney(Money.of(CurrencyUnit.EUR, 1))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseline must be of the same kind as target USD 5000.00 (MONEY): EUR 1.00 (MONEY)");
    assertThatThrownBy(() -> revenue.baseline(Target.ofCount(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseline must be of the same kind as target USD 5000.00 (MONEY): 1 (COUNT)");
  }

  @Test
  void refusesBlankTexts() {
    assertThatThrownBy(() -> Goal.builder().from(DRAFT).name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" \"");
    assertThatThrownBy(() -> Goal.builder().from(DRAFT).owner("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("owner must not be blank: \"\"");
    assertThatThrownBy(() -> Goal.builder().from(DRAFT).businessObjectiveId(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("businessObjectiveId must not be blank: \" \"");
  }

  @Test
  void refusesMissingRequiredParts() {
    assertThatThrownBy(() -> Goal.builder().name("x").objective(Objective.TRAFFIC).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start");
  }

  @Test
  void acceptsWhatTheSmartRulesJudge() {
    Goal noImprovement =
        Goal.builder()
            .from(INSTAGRAM_400)
            .objective(Objective.ENGAGEMENT)
            .target(Target.ofCount(9_000))
            .build();
    assertThat(noImprovement.requiredMonthlyPace())
        .hasValueSatisfying(p -> assertThat(p).isNegative());
    assertThat(noImprovement.objective().fits(noImprovement.metric().orElseThrow())).isFalse();
  }

  @Test
  void equalByValue() {
    Goal copy = Goal.builder().from(INSTAGRAM_400).build();
    assertThat(copy).isEqualTo(INSTAGRAM_400).hasSameHashCodeAs(INSTAGRAM_400);
    assertThat(copy).isNotEqualTo(Goal.builder().from(INSTAGRAM_400).owner("Ken").build());
    assertThat(INSTAGRAM_400.toString()).contains("Grow Instagram").contains("12400");
  }

  /** Before the fix a deadline of LocalDate.MAX threw a DateTimeException ("no end" goals). */
  @Test
  void monthsBetweenIsDefinedOverTheWholeDateRange() {
    LocalDate lastDecember = LocalDate.MAX.withDayOfMonth(1);
    assertThat(Goal.monthsBetween(lastDecember, LocalDate.MAX)).isEqualByComparingTo("0.967741935483871");
    assertThat(Goal.monthsBetween(LocalDate.MAX, LocalDate.MAX)).isEqualByComparingTo("0");
    // 30 November to 31 December: one month to 30 December, then 1 of the 31 days to 30 January.
    assertThat(Goal.monthsBetween(LocalDate.MAX.minusMonths(1), LocalDate.MAX))
        .isEqualByComparingTo(
            BigDecimal.ONE.add(
                BigDecimal.ONE.divide(BigDecimal.valueOf(31), java.math.MathContext.DECIMAL64),
                java.math.MathContext.DECIMAL64));
    assertThat(Goal.monthsBetween(LocalDate.of(2025, 1, 1), LocalDate.MAX))
        .isEqualByComparingTo(
            java.math.BigDecimal.valueOf((999_999_999L - 2025) * 12 + 11)
                .add(java.math.BigDecimal.valueOf(30).divide(java.math.BigDecimal.valueOf(31), java.math.MathContext.DECIMAL64), java.math.MathContext.DECIMAL64));
    assertThat(Goal.monthsBetween(LocalDate.MIN, LocalDate.MAX).signum()).isPositive();
    Goal noEnd =
        Goal.builder().name("No end").objective(Objective.AWARENESS).start(JAN_1).deadline(LocalDate.MAX).build();
    assertThat(noEnd.months()).isPresent();
  }
}
