package dev.socialplan.goal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SmartCheckTest {
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate JUL_1 = LocalDate.of(2025, 7, 1);
  private static final Finding NO_DEADLINE =
      Finding.of(GoalRules.GOAL_NOT_TIME_BOUND, "goals[3].deadline", FindingArgument.text("goal", "Grow Instagram"));
  private static final SmartCheck RUNS =
      SmartCheck.of(SmartLetter.TIME_BOUND, SmartVerdict.MET, "timeBound.met", JAN_1, JUL_1);
  private static final SmartCheck MISSING =
      SmartCheck.of(SmartLetter.TIME_BOUND, SmartVerdict.NOT_MET, NO_DEADLINE);

  @Test
  void aMetCheckGivesItsReasonFromTheBundleInEachLanguage() {
    assertThat(RUNS.letter()).isEqualTo(SmartLetter.TIME_BOUND);
    assertThat(RUNS.verdict()).isEqualTo(SmartVerdict.MET);
    assertThat(RUNS.finding()).isEmpty();
    assertThat(RUNS.reason(Locale.ENGLISH)).isEqualTo("Runs from 2025-01-01 to 2025-07-01.");
    assertThat(RUNS.reason(Locale.TAIWAN)).contains("2025-01-01").contains("2025-07-01").isNotEqualTo(RUNS.reason(Locale.ENGLISH));
    // A locale without a bundle of its own falls back to English.
    assertThat(RUNS.reason(Locale.GERMAN)).isEqualTo(RUNS.reason(Locale.ENGLISH));
  }

  @Test
  void numbersInTheReasonAreGroupedTheSameWayInEveryLanguage() {
    SmartCheck achievable =
        SmartCheck.of(
            SmartLetter.ACHIEVABLE,
            SmartVerdict.MET,
            "achievable.met",
            SmartAssessment.shown(new java.math.BigDecimal("12400.5")),
            SmartAssessment.shown(new java.math.BigDecimal("300")),
            SmartAssessment.shown(new java.math.BigDecimal("15000")));
    assertThat(achievable.reason(Locale.ENGLISH))
        .isEqualTo("The required 12,400.5 a month is within reach of the reference (300 to 15,000 a month).");
    assertThat(achievable.reason(Locale.TAIWAN)).contains("12,400.5").contains("15,000");
    assertThat(achievable.reason(Locale.GERMAN)).contains("12,400.5");
  }

  @Test
  void aCheckWithAFindingGivesTheFindingsMessage() {
    assertThat(MISSING.finding()).contains(NO_DEADLINE);
    assertThat(MISSING.reason(Locale.ENGLISH)).isEqualTo(NO_DEADLINE.message(Locale.ENGLISH));
    assertThat(MISSING.reason(Locale.TAIWAN)).isEqualTo(NO_DEADLINE.message(Locale.TAIWAN));
    assertThat(MISSING.reason(Locale.ENGLISH)).contains("Grow Instagram");
  }

  @Test
  void refusesANullFindingOrLocale() {
    assertThatThrownBy(() -> SmartCheck.of(SmartLetter.SPECIFIC, SmartVerdict.NOT_MET, (Finding) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("finding must not be null");
    assertThatThrownBy(() -> RUNS.reason(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale must not be null");
  }

  @Test
  void equalityCoversLetterVerdictReasonAndFinding() {
    SmartCheck same = SmartCheck.of(SmartLetter.TIME_BOUND, SmartVerdict.MET, "timeBound.met", JAN_1, JUL_1);
    assertThat(RUNS).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(RUNS)
        .isNotEqualTo(SmartCheck.of(SmartLetter.TIME_BOUND, SmartVerdict.MET, "timeBound.met", JAN_1, JAN_1))
        .isNotEqualTo(SmartCheck.of(SmartLetter.TIME_BOUND, SmartVerdict.UNKNOWN, "timeBound.met", JAN_1, JUL_1))
        .isNotEqualTo(SmartCheck.of(SmartLetter.ACHIEVABLE, SmartVerdict.MET, "timeBound.met", JAN_1, JUL_1))
        .isNotEqualTo(MISSING)
        .isNotEqualTo("TIME_BOUND MET")
        .doesNotHaveSameHashCodeAs(MISSING);
    assertThat(MISSING)
        .isNotEqualTo(
            SmartCheck.of(
                SmartLetter.TIME_BOUND,
                SmartVerdict.NOT_MET,
                Finding.of(GoalRules.GOAL_NOT_TIME_BOUND, "goals[4].deadline", FindingArgument.text("goal", "Grow Instagram"))));
    new EqualsTester()
        .addEqualityGroup(RUNS, same)
        .addEqualityGroup(
            SmartCheck.of(SmartLetter.TIME_BOUND, SmartVerdict.MET, "timeBound.met", JAN_1, JAN_1))
        .addEqualityGroup(
            SmartCheck.of(SmartLetter.TIME_BOUND, SmartVerdict.UNKNOWN, "timeBound.met", JAN_1, JUL_1))
        .addEqualityGroup(
            SmartCheck.of(SmartLetter.ACHIEVABLE, SmartVerdict.MET, "timeBound.met", JAN_1, JUL_1))
        .addEqualityGroup(MISSING)
        .testEquals();
  }

  @Test
  void toStringGivesLetterVerdictAndTheEnglishReason() {
    assertThat(RUNS).hasToString("TIME_BOUND MET: Runs from 2025-01-01 to 2025-07-01.");
    assertThat(MISSING.toString()).isEqualTo("TIME_BOUND NOT_MET: " + NO_DEADLINE.message(Locale.ENGLISH));
  }
}
