package dev.socialplan.analytics.progress;

import static dev.socialplan.analytics.progress.Goals.APR_1;
import static dev.socialplan.analytics.progress.Goals.CHEAPER_CLICKS;
import static dev.socialplan.analytics.progress.Goals.DRAFT;
import static dev.socialplan.analytics.progress.Goals.INSTAGRAM_400;
import static dev.socialplan.analytics.progress.Goals.JAN_1;
import static dev.socialplan.analytics.progress.Goals.JUL_1;
import static dev.socialplan.analytics.progress.Goals.JUN_1;
import static dev.socialplan.analytics.progress.Goals.followers;
import static dev.socialplan.analytics.progress.Goals.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.MetricUnit;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GoalProgressTest {
  /** A count where lower is better, like the testkit's generated complaint goals. */
  private static final MetricKind COMPLAINTS =
      MetricKind.of("complaints", "Complaints", MetricUnit.COUNT, false);

  private static final LocalDate LEAP_DAY = LocalDate.of(2000, 2, 29);

  /** Keep complaints at zero for one day: target equal to the baseline. */
  private static final Goal NO_COMPLAINTS =
      Goal.builder()
          .name("Fewer complaints")
          .objective(Objective.CUSTOMER_SERVICE)
          .metric(COMPLAINTS)
          .baseline(Target.ofCount(0))
          .target(Target.ofCount(0))
          .start(LEAP_DAY)
          .deadline(LocalDate.of(2000, 3, 1))
          .build();

  /** 11,050 followers after three months: +350 a month against the +400 planned. */
  private static MetricSeries behind() {
    return MetricSeries.of(
            followers(LocalDate.of(2025, 2, 1), 10_300),
            followers(LocalDate.of(2025, 3, 1), 10_700),
            followers(APR_1, 11_050));
  }

  @Test
  void theArticlesGoalBehindPlanIsAtRisk() {
    GoalProgress p = GoalProgress.evaluate(INSTAGRAM_400, behind(), APR_1);
    // progress 1,050 / 2,400 = 43.75 %; pace 1,050 / 3 = 350; linear 11,050 + 3 · 350 = 12,100,
    // which is 2,100 / 2,400 = 87.5 % of the way: between 80 % and 100 %, at risk.
    assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(p.progress().getAsDouble()).isCloseTo(0.4375, within(1e-12));
    assertThat(p.plannedPace()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("400"));
    assertThat(p.actualPace()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("350"));
    // (12,400 − 11,050) / 3 = 450 a month needed from now on.
    assertThat(p.requiredPace()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("450"));
    Projection linear = p.linearProjection().orElseThrow();
    assertThat(linear.method()).isEqualTo(ProjectionMethod.LINEAR);
    assertThat(linear.valueAtDeadline()).isEqualByComparingTo("12100");
    assertThat(linear.progressAtDeadline().getAsDouble()).isCloseTo(0.875, within(1e-12));
    // 1,350 / 350 = 3.857 months after 1 April: 1 July + 0.857 · 31 days = 26.6 → 28 July.
    assertThat(linear.estimatedCompletion()).contains(LocalDate.of(2025, 7, 28));
    assertThat(p.statusMethod()).contains(ProjectionMethod.LINEAR);
    assertThat(p.latest()).contains(followers(APR_1, 11_050));
    assertThat(p.explanation(Locale.ENGLISH))
        .isEqualTo(
            "At risk: at the pace so far (+350 a month), followers would reach 12,100 by 2025-07-01,"
                + " 88% of the way to the target of 12,400. Reaching it needs +450 a month from now on.");
    assertThat(p.explanation(Locale.TAIWAN))
        .isEqualTo(
            "有風險：以目前的速度（每月 +350），粉絲數到 2025-07-01 將達到 12,100，完成目標 12,400 的 88%。"
                + "要達成目標，從現在起每月需要 +450。");
  }

  @Test
  void compoundProjectionUsesTheMonthlyGrowthRate() {
    GoalProgress p = GoalProgress.evaluate(INSTAGRAM_400, behind(), APR_1);
    // g = 1.105^(1/3) − 1; after three more months 11,050 · 1.105 = 12,210.25 (92.1 % of the way).
    Projection compound = p.compoundProjection().orElseThrow();
    assertThat(compound.method()).isEqualTo(ProjectionMethod.COMPOUND);
    assertThat(compound.valueAtDeadline().doubleValue()).isCloseTo(12_210.25, within(1e-6));
    assertThat(compound.progressAtDeadline().getAsDouble())
        .isCloseTo(2_210.25 / 2_400, within(1e-12));
    // ln(12,400 / 11,050) / (ln(1.105) / 3) = 0.1152650 / 0.0332818 = 3.4633 months:
    // 1 July + 0.4633 · 31 = 14.4 → 16 July.
    assertThat(compound.estimatedCompletion()).contains(LocalDate.of(2025, 7, 16));

    GoalProgress judgedOnCompound =
        GoalProgress.evaluate(
            INSTAGRAM_400, behind(), APR_1, ProgressThresholds.standard().withMethod(ProjectionMethod.COMPOUND));
    assertThat(judgedOnCompound.statusMethod()).contains(ProjectionMethod.COMPOUND);
    assertThat(judgedOnCompound.status()).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(judgedOnCompound.explanation(Locale.ENGLISH))
        .startsWith("At risk: at the growth rate so far (+3.38% a month, compounded), followers would reach 12,210");
  }

  @Test
  void aheadOfPlanIsOnTrackWithACompletionDate() {
    MetricSeries ahead = behind().plus(followers(JUN_1, 12_100));
    GoalProgress p = GoalProgress.evaluate(INSTAGRAM_400, ahead, JUN_1);
    // pace 2,100 / 5 = 420; linear 12,100 + 420 = 12,520 → 105 %; 300 / 420 = 0.714 months after
    // 1 June: 0.714 · 30 = 21.4 → 23 June.
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(p.explanation(Locale.ENGLISH))
        .isEqualTo(
            "On track: at the pace so far (+420 a month), followers would reach 12,520 by 2025-07-01,"
                + " 105% of the way to the target of 12,400. Expected to reach the target on 2025-06-23.");
  }

  @Test
  void farBehindIsOffTrack() {
    GoalProgress p =
        GoalProgress.evaluate(INSTAGRAM_400, MetricSeries.of(followers(APR_1, 10_600)), APR_1);
    // pace 200; linear 11,200 → 50 % of the way.
    assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(p.explanation(Locale.ENGLISH)).endsWith("Reaching it needs +600 a month from now on.");
  }

  @Test
  void reachingTheTargetIsAchievedEvenBeforeTheDeadline() {
    MetricSeries reached = behind().plus(followers(LocalDate.of(2025, 5, 20), 12_450));
    GoalProgress p = GoalProgress.evaluate(INSTAGRAM_400, reached, LocalDate.of(2025, 5, 25));
    assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(p.progress().getAsDouble()).isCloseTo(2_450.0 / 2_400, within(1e-12));
    assertThat(p.explanation(Locale.ENGLISH))
        .isEqualTo("Achieved: followers reached 12,450 on 2025-05-20, meeting the target of 12,400.");
    assertThat(GoalProgress.evaluate(INSTAGRAM_400, reached, LocalDate.of(2025, 9, 1)).status())
        .isEqualTo(ProgressStatus.ACHIEVED);
  }

  @Test
  void afterTheDeadlineWithoutTheTargetIsMissed() {
    MetricSeries short1 = behind().plus(followers(LocalDate.of(2025, 6, 30), 12_100));
    GoalProgress p = GoalProgress.evaluate(INSTAGRAM_400, short1, JUL_1);
    assertThat(p.status()).isEqualTo(ProgressStatus.MISSED);
    assertThat(p.explanation(Locale.ENGLISH))
        .isEqualTo(
            "Missed: the deadline 2025-07-01 has passed and followers stood at 12,100 on 2025-06-30,"
                + " 88% of the way from 10,000 to 12,400.");
    assertThat(p.requiredPace()).isPresent();
  }

  @Test
  void aGoalIsJudgedByWhatItReachedByTheDeadline() {
    // Reached on 20 May, lost by 15 July: the target was met in time, so it stays achieved.
    MetricSeries reachedThenLost =
        behind()
            .plus(followers(LocalDate.of(2025, 5, 20), 12_450))
            .plus(followers(LocalDate.of(2025, 7, 15), 12_300));
    GoalProgress kept =
        GoalProgress.evaluate(INSTAGRAM_400, reachedThenLost, LocalDate.of(2025, 8, 1));
    assertThat(kept.status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(kept.latest()).contains(followers(LocalDate.of(2025, 5, 20), 12_450));

    // Reached only on 1 August, after the 1 July deadline: missed, judged on the last value in time.
    MetricSeries late = behind().plus(followers(LocalDate.of(2025, 8, 1), 12_500));
    GoalProgress missed = GoalProgress.evaluate(INSTAGRAM_400, late, LocalDate.of(2025, 8, 1));
    assertThat(missed.status()).isEqualTo(ProgressStatus.MISSED);
    assertThat(missed.latest()).contains(followers(APR_1, 11_050));

    // Observed on the deadline day itself: that observation still counts.
    MetricSeries onTheDay = behind().plus(followers(JUL_1, 12_400));
    assertThat(GoalProgress.evaluate(INSTAGRAM_400, onTheDay, LocalDate.of(2025, 8, 1)).status())
        .isEqualTo(ProgressStatus.ACHIEVED);

    // Nothing observed between start and deadline: not measurable, and the reason says so.
    GoalProgress none =
        GoalProgress.evaluate(
            INSTAGRAM_400,
            MetricSeries.of(followers(LocalDate.of(2025, 8, 1), 12_500)),
            LocalDate.of(2025, 9, 1));
    assertThat(none.status()).isEqualTo(ProgressStatus.NOT_MEASURABLE);
    assertThat(none.explanation(Locale.ENGLISH))
        .contains("no observation of followers between the start on 2025-01-01 and the deadline 2025-07-01");
  }

  @Test
  void lowerIsBetterMetricsProgressDownward() {
    MetricSeries cpc =
        MetricSeries.of(MetricObservation.of(APR_1, Target.ofMoney(usd("1.80"))));
    GoalProgress p = GoalProgress.evaluate(CHEAPER_CLICKS, cpc, APR_1);
    // progress (1.80 − 2.00) / (1.50 − 2.00) = 0.4; pace −0.0667 a month; linear 1.60 → 0.8.
    assertThat(p.progress().getAsDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(p.actualPace().orElseThrow().doubleValue()).isCloseTo(-0.2 / 3, within(1e-12));
    assertThat(p.linearProjection().orElseThrow().valueAtDeadline().doubleValue())
        .isCloseTo(1.60, within(1e-12));
    assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(p.explanation(Locale.ENGLISH))
        .contains("(−USD 0.07 a month)", "would reach USD 1.60 by 2025-07-01")
        .endsWith("Reaching it needs −USD 0.10 a month from now on.");

    MetricSeries cheapEnough = cpc.plus(MetricObservation.of(JUN_1, Target.ofMoney(usd("1.45"))));
    assertThat(GoalProgress.evaluate(CHEAPER_CLICKS, cheapEnough, JUN_1).status())
        .isEqualTo(ProgressStatus.ACHIEVED);
    MetricSeries dearer = MetricSeries.of(MetricObservation.of(APR_1, Target.ofMoney(usd("2.20"))));
    assertThat(GoalProgress.evaluate(CHEAPER_CLICKS, dearer, APR_1).status())
        .isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void goalsThatCannotBeAssessedSayWhy() {
    assertThat(GoalProgress.evaluate(DRAFT, behind(), APR_1).explanation(Locale.ENGLISH))
        .isEqualTo("Not measurable yet: the goal lacks a target, a baseline and a deadline.");
    GoalProgress none = GoalProgress.evaluate(INSTAGRAM_400, MetricSeries.empty(), APR_1);
    assertThat(none.status()).isEqualTo(ProgressStatus.NOT_MEASURABLE);
    assertThat(none.explanation(Locale.ENGLISH))
        .isEqualTo("Not measurable yet: there is no observation of followers since the start on 2025-01-01.");
    assertThat(GoalProgress.evaluate(INSTAGRAM_400, behind(), LocalDate.of(2024, 12, 1)).explanation(Locale.ENGLISH))
        .isEqualTo("Not measurable yet: the goal starts on 2025-01-01.");
  }

  @Test
  void onTheStartDayTheGoalIsJudgedAtItsPlannedPace() {
    GoalProgress atBaseline =
        GoalProgress.evaluate(INSTAGRAM_400, MetricSeries.of(followers(JAN_1, 10_000)), JAN_1);
    // 10,000 + 2,400 planned = 12,400 by 1 July: 100 % of the way, on track.
    assertThat(atBaseline.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(atBaseline.progress().getAsDouble()).isZero();
    assertThat(atBaseline.actualPace()).isEmpty();
    assertThat(atBaseline.linearProjection()).isEmpty();
    assertThat(atBaseline.statusMethod()).isEmpty();
    assertThat(atBaseline.explanation(Locale.ENGLISH))
        .isEqualTo(
            "On track: there is no pace yet (the latest observation is on the start day, 2025-01-01),"
                + " so at the planned pace (+400 a month) followers would reach 12,400 by 2025-07-01,"
                + " 100% of the way to the target of 12,400.");
    // 9,800 + 2,400 = 12,200: 2,200 / 2,400 = 91.7 % of the way, at risk; needs 2,600 / 6 a month.
    GoalProgress below =
        GoalProgress.evaluate(INSTAGRAM_400, MetricSeries.of(followers(JAN_1, 9_800)), APR_1);
    assertThat(below.status()).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(below.requiredPace())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("433.3333333333333"));
    assertThat(below.explanation(Locale.ENGLISH))
        .startsWith("At risk: there is no pace yet")
        .endsWith("92% of the way to the target of 12,400. Reaching it needs +433 a month from now on.");
    // 9,000 + 2,400 = 11,400: 58 % of the way, off track.
    assertThat(
            GoalProgress.evaluate(INSTAGRAM_400, MetricSeries.of(followers(JAN_1, 9_000)), JAN_1)
                .status())
        .isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(
            GoalProgress.evaluate(INSTAGRAM_400, MetricSeries.of(followers(JAN_1, 12_400)), JAN_1)
                .status())
        .isEqualTo(ProgressStatus.ACHIEVED);
  }

  /**
   * The counter-example QuickTheories found (issue 5): keep complaints, a lower-is-better count, at
   * zero from 29 February to 1 March 2000, observed on the start day. Zero was achieved while one
   * complaint was "not measurable": the status must not depend on measurability of a worse value.
   */
  @Test
  void aLevelToHoldObservedOnItsStartDayIsAchievedOrOffTrack() {
    Goal noComplaints = NO_COMPLAINTS;
    LocalDate leapDay = LEAP_DAY;
    ProgressStatus previous = ProgressStatus.ACHIEVED;
    for (long value : new long[] {0, 1, 2, 1_000, 2_000_000}) {
      GoalProgress p =
          GoalProgress.evaluate(noComplaints, MetricSeries.of(MetricObservation.ofCount(leapDay, value)), leapDay);
      assertThat(p.status()).as("%d complaints", value).isNotEqualTo(ProgressStatus.NOT_MEASURABLE);
      assertThat(p.status().rank()).as("%d complaints", value).isLessThanOrEqualTo(previous.rank());
      previous = p.status();
    }
    assertThat(
            GoalProgress.evaluate(noComplaints, MetricSeries.of(MetricObservation.ofCount(leapDay, 0)), leapDay)
                .status())
        .isEqualTo(ProgressStatus.ACHIEVED);
    GoalProgress one =
        GoalProgress.evaluate(noComplaints, MetricSeries.of(MetricObservation.ofCount(leapDay, 1)), leapDay);
    assertThat(one.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(one.progress()).isEmpty();
    assertThat(one.explanation(Locale.ENGLISH))
        .isEqualTo(
            "Off track: Complaints stood at 1 on 2000-02-29 against the target of 0, which holds the"
                + " baseline; a goal that holds a level is off track whenever the level is not met."
                + " It needs to be back at 0 by 2000-03-01.");
    assertThat(
            GoalProgress.evaluate(
                    noComplaints, MetricSeries.of(MetricObservation.ofCount(leapDay, 1)), LocalDate.of(2000, 3, 1))
                .status())
        .isEqualTo(ProgressStatus.MISSED);
  }

  /**
   * The second counter-example QuickTheories found: 1 → 3,074 followers over three years, two days
   * in, judged on compound growth with on track from 50 %. From 1 to 3 followers in two days
   * compounds to about 10^245 by the deadline; from 1 to 4 overflows a double. Falling back to the
   * linear projection made 4 followers at risk while 3 were on track.
   */
  @Test
  void compoundGrowthBeyondRangeIsStillCompoundAndNeverWorseThanSlowerGrowth() {
    Goal tiny =
        Goal.builder()
            .from(INSTAGRAM_400)
            .baseline(Target.ofCount(1))
            .target(Target.ofCount(3_074))
            .start(LEAP_DAY)
            .deadline(LocalDate.of(2003, 2, 9))
            .build();
    ProgressThresholds compoundFromHalf =
        ProgressThresholds.builder().onTrackFrom(0.5).atRiskFrom(0.0).method(ProjectionMethod.COMPOUND).build();
    LocalDate twoDaysIn = LEAP_DAY.plusDays(2);
    GoalProgress three =
        GoalProgress.evaluate(tiny, MetricSeries.of(followers(twoDaysIn, 3)), twoDaysIn, compoundFromHalf);
    assertThat(three.compoundProjection()).isPresent();
    assertThat(three.status()).isEqualTo(ProgressStatus.ON_TRACK);
    GoalProgress four =
        GoalProgress.evaluate(tiny, MetricSeries.of(followers(twoDaysIn, 4)), twoDaysIn, compoundFromHalf);
    assertThat(four.compoundProjection()).isEmpty();
    assertThat(four.linearProjection().orElseThrow().progressAtDeadline().getAsDouble()).isLessThan(0.5);
    assertThat(four.statusMethod()).contains(ProjectionMethod.COMPOUND);
    assertThat(four.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(four.explanation(Locale.ENGLISH))
        .isEqualTo(
            "On track: at the growth rate so far (compounded), followers would grow from 4 beyond any"
                + " representable figure by 2003-02-09, past the target of 3,074.");
  }

  @Test
  void aTargetThatIsNoImprovementIsALevelToHold() {
    // Followers are higher-is-better, but the target 9,000 is below the baseline 10,000: a floor.
    Goal floor = Goal.builder().from(INSTAGRAM_400).target(Target.ofCount(9_000)).build();
    GoalProgress above = GoalProgress.evaluate(floor, MetricSeries.of(followers(APR_1, 9_500)), APR_1);
    assertThat(above.status()).isEqualTo(ProgressStatus.ACHIEVED);
    // 8,000 is 2.0 of the "way" from 10,000 to 9,000, yet below the floor: off track, not on track.
    GoalProgress under = GoalProgress.evaluate(floor, MetricSeries.of(followers(APR_1, 8_000)), APR_1);
    assertThat(under.progress().getAsDouble()).isCloseTo(2.0, within(1e-12));
    assertThat(under.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(under.statusMethod()).isEmpty();
    assertThat(under.explanation(Locale.ENGLISH))
        .contains("against the target of 9,000, which is no improvement on the baseline of 10,000 (higher is better)");
    GoalProgress further = GoalProgress.evaluate(floor, MetricSeries.of(followers(APR_1, 5_000)), APR_1);
    assertThat(further.status()).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void observationsAfterTheDateOrBeforeTheStartAreIgnored() {
    MetricSeries withFutureAndPast =
        behind().plus(followers(LocalDate.of(2024, 12, 1), 1)).plus(followers(JUN_1, 99_999));
    GoalProgress p = GoalProgress.evaluate(INSTAGRAM_400, withFutureAndPast, APR_1);
    assertThat(p.latest()).contains(followers(APR_1, 11_050));
    assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
  }

  @Test
  void compoundGrowthFromZeroFallsBackToLinearAndSaysSo() {
    Goal fromZero =
        Goal.builder()
            .from(INSTAGRAM_400)
            .baseline(Target.ofCount(0))
            .target(Target.ofCount(1_200))
            .build();
    GoalProgress p =
        GoalProgress.evaluate(
            fromZero,
            MetricSeries.of(followers(APR_1, 600)),
            APR_1,
            ProgressThresholds.standard().withMethod(ProjectionMethod.COMPOUND));
    assertThat(p.compoundProjection()).isEmpty();
    assertThat(p.statusMethod()).contains(ProjectionMethod.LINEAR);
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(p.explanation(Locale.ENGLISH)).contains("compound growth is undefined from a zero value");
  }

  @Test
  void aTargetEqualToTheBaselineIsJudgedAgainstTheTarget() {
    Goal keep =
        Goal.builder().from(INSTAGRAM_400).target(Target.ofCount(10_000)).build();
    GoalProgress slipping =
        GoalProgress.evaluate(keep, MetricSeries.of(followers(APR_1, 9_900)), APR_1);
    assertThat(slipping.progress()).isEmpty();
    assertThat(slipping.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(slipping.explanation(Locale.ENGLISH)).contains("against the target of 10,000, which holds the baseline");
    assertThat(slipping.statusMethod()).isEmpty();
    assertThat(GoalProgress.evaluate(keep, MetricSeries.of(followers(APR_1, 10_000)), APR_1).status())
        .isEqualTo(ProgressStatus.ACHIEVED);
  }

  @Test
  void aGoalWithoutMetricTakesItsDirectionFromBaselineToTarget() {
    Goal lower =
        Goal.builder()
            .name("Fewer complaints")
            .objective(Objective.CUSTOMER_SERVICE)
            .baseline(Target.ofCount(200))
            .target(Target.ofCount(100))
            .start(JAN_1)
            .deadline(JUL_1)
            .build();
    GoalProgress p = GoalProgress.evaluate(lower, MetricSeries.of(followers(APR_1, 95)), APR_1);
    assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(p.explanation(Locale.ENGLISH)).contains("the metric of \"Fewer complaints\" reached 95");
  }

  @Test
  void refusesASeriesOfAnotherKind() {
    MetricSeries money = MetricSeries.of(MetricObservation.of(APR_1, Target.ofMoney(usd("3.00"))));
    assertThatThrownBy(() -> GoalProgress.evaluate(INSTAGRAM_400, money, APR_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("series must be of the kind of the goal's target");
  }
  /**
   * Before the fix a share of the way beyond a double's range was reported as infinite progress and
   * "Infinity%" in the explanation. Now the progress is empty and the text says how far.
   */
  @Test
  void aShareBeyondADoubleIsUndefinedNotInfinite() {
    Goal tinyWay =
        Goal.builder()
            .name("Tiny way")
            .objective(Objective.ENGAGEMENT)
            .baseline(Target.ofFraction(0))
            .target(Target.ofFraction(Double.MIN_VALUE))
            .start(JAN_1)
            .deadline(JUL_1)
            .build();
    GoalProgress p =
        GoalProgress.evaluate(
            tinyWay,
            MetricSeries.of(
                MetricObservation.of(JAN_1, Target.ofFraction(0)),
                MetricObservation.of(APR_1, Target.ofFraction(1e300))),
            APR_1);
    assertThat(p.progress()).isEmpty();
    assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(p.explanation(java.util.Locale.ENGLISH)).doesNotContain("Infinity").doesNotContain("NaN");
    p.linearProjection().ifPresent(x -> assertThat(x.progressAtDeadline()).isEmpty());

    Goal revenue =
        Goal.builder()
            .name("Revenue")
            .objective(Objective.REVENUE)
            .baseline(Target.ofMoney(usd("0.00")))
            .target(Target.ofMoney(usd("0.01")))
            .start(JAN_1)
            .deadline(JUL_1)
            .build();
    GoalProgress huge =
        GoalProgress.evaluate(
            revenue,
            MetricSeries.of(
                MetricObservation.of(
                    JAN_1, Target.ofMoney(usd("0.00"))),
                MetricObservation.of(
                    JUN_1, Target.ofMoney(org.joda.money.Money.of(org.joda.money.CurrencyUnit.USD, new java.math.BigDecimal("1E+400"))))),
            JUN_1);
    assertThat(huge.progress()).isEmpty();
    assertThat(huge.explanation(java.util.Locale.ENGLISH)).doesNotContain("Infinity").contains("USD 1E+400");
  }
}
