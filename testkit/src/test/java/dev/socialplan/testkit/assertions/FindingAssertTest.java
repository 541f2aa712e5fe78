package dev.socialplan.testkit.assertions;

import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThat;
import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThatThrownBy;

import dev.socialplan.plan.MethodStep;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.rules.PlatformRules;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingAssertTest {
  private static final Finding LOW_REACH_SNAPCHAT =
      Finding.of(PlatformRules.PLATFORM_LOW_REACH, "platforms[1]", "Snapchat", 0.09, 0.2, "Women over 50 9%");
  private static final Finding LOW_REACH_X =
      Finding.of(PlatformRules.PLATFORM_LOW_REACH, "platforms[2]", "X", 0.12, 0.2, "Women over 50 12%");
  private static final Finding TEAM =
      Finding.of(PlatformRules.PLATFORM_TOO_MANY_FOR_TEAM, "platforms", 3, 31, 25);
  private static final ValidationReport REPORT =
      ValidationReport.of(
          List.of(
              LOW_REACH_SNAPCHAT,
              LOW_REACH_X,
              TEAM,
              ValidationReportAssertTest.OVER_TOTAL,
              ValidationReportAssertTest.NOT_ACHIEVABLE));

  @Test
  void atKeepsThePathAndThePathsUnderIt() {
    assertThat(REPORT).hasWarning("PLATFORM_LOW_REACH").at("platforms[2]").isEqualTo(LOW_REACH_X);
    assertThat(REPORT).hasError("BUDGET_OVER_TOTAL").at("budget").at("budget.allocations");
    assertThat(assertThat(REPORT).hasWarning("PLATFORM_LOW_REACH").at("platforms").findings())
        .containsExactly(LOW_REACH_SNAPCHAT, LOW_REACH_X);
  }

  @Test
  void atFailsNamingWhereTheFindingsAre() {
    assertThatThrownBy(() -> assertThat(REPORT).hasWarning("PLATFORM_LOW_REACH").at("platforms[0]"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting a WARNING PLATFORM_LOW_REACH at \"platforms[0]\", but the 2 candidates are:\n"
                + "    WARNING PLATFORM_LOW_REACH at platforms[1] [Snapchat, 0.09, 0.2, Women over 50 9%]\n"
                + "    WARNING PLATFORM_LOW_REACH at platforms[2] [X, 0.12, 0.2, Women over 50 12%]\n"
                + "The report:\n"
                + "  ValidationReport{1 error, 4 warnings, 0 infos}");
    // goals[1] is not under goals[10], nor under "goal"
    assertThatThrownBy(() -> assertThat(REPORT).hasWarning("GOAL_NOT_ACHIEVABLE").at("goal"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting a WARNING GOAL_NOT_ACHIEVABLE at \"goal\", but the only candidate is:");
  }

  @Test
  void atExactlyExcludesThePathsBelow() {
    assertThat(REPORT).hasError("BUDGET_OVER_TOTAL").atExactly("budget.allocations");
    assertThatThrownBy(() -> assertThat(REPORT).hasError("BUDGET_OVER_TOTAL").atExactly("budget"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting an ERROR BUDGET_OVER_TOTAL at exactly \"budget\", but the only candidate is:\n"
                + "    ERROR BUDGET_OVER_TOTAL at budget.allocations");
  }

  @Test
  void withArgumentComparesArgumentsAsAFindingStoresThem() {
    assertThat(REPORT).hasWarning("PLATFORM_TOO_MANY_FOR_TEAM").withArgument(31).withArgument(25L);
    assertThat(REPORT).hasWarning("PLATFORM_LOW_REACH").withArgument(Platform.X).isEqualTo(LOW_REACH_X);
    assertThat(REPORT).hasWarning("PLATFORM_LOW_REACH").withArgument(0.09).withArgument("Women over 50 9%");
    assertThatThrownBy(() -> assertThat(REPORT).hasWarning("PLATFORM_TOO_MANY_FOR_TEAM").withArgument(30))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting a WARNING PLATFORM_TOO_MANY_FOR_TEAM with the argument 30 (Long), but the only"
                + " candidate is:\n    WARNING PLATFORM_TOO_MANY_FOR_TEAM at platforms [3, 31, 25]");
  }

  @Test
  void withArgumentsWantsTheWholeListInOrder() {
    assertThat(REPORT).hasWarning("PLATFORM_TOO_MANY_FOR_TEAM").withArguments(3, 31, 25);
    assertThat(REPORT)
        .hasWarning("GOAL_NOT_ACHIEVABLE")
        .withArguments("Followers", 463.33, 180, 260, 20, 312);
    assertThatThrownBy(() -> assertThat(REPORT).hasWarning("PLATFORM_TOO_MANY_FOR_TEAM").withArguments(3, 25, 31))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting a WARNING PLATFORM_TOO_MANY_FOR_TEAM with the arguments [3 (Long), 25 (Long), 31"
                + " (Long)], but the only candidate is:");
    assertThatThrownBy(() -> assertThat(REPORT).hasWarning("GOAL_NOT_ACHIEVABLE").withArgument(new BigDecimal("463.33")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("with the argument 463.33 (BigDecimal)");
  }

  @Test
  void inStepAndWithSeverity() {
    assertThat(REPORT).hasFinding("BUDGET_OVER_TOTAL").withSeverity(Severity.ERROR).inStep(MethodStep.BUDGET);
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("BUDGET_OVER_TOTAL").inStep(MethodStep.CONTENT))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting a finding BUDGET_OVER_TOTAL in step CONTENT, but the only candidate is:");
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("BUDGET_OVER_TOTAL").withSeverity(Severity.WARNING))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting a finding BUDGET_OVER_TOTAL with severity WARNING");
  }

  @Test
  void messagesInALocale() {
    assertThat(REPORT)
        .hasWarning("PLATFORM_TOO_MANY_FOR_TEAM")
        .withMessage(
            Locale.ENGLISH,
            "The chosen platforms (3) need at least 31 posts a week at the recommended posting"
                + " frequencies; the team can produce 25.")
        .withMessageContaining(Locale.TAIWAN, "團隊每週只能製作 25 則");
    assertThatThrownBy(
            () -> assertThat(REPORT).hasWarning("PLATFORM_TOO_MANY_FOR_TEAM").withMessageContaining(Locale.ENGLISH, "26"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting a WARNING PLATFORM_TOO_MANY_FOR_TEAM with a message containing \"26\" (en), but"
                + " the only candidate is:\n    \"The chosen platforms (3) need at least 31 posts a week"
                + " at the recommended posting frequencies; the team can produce 25.\"  WARNING"
                + " PLATFORM_TOO_MANY_FOR_TEAM at platforms [3, 31, 25]");
    assertThatThrownBy(() -> assertThat(REPORT).hasWarning("PLATFORM_TOO_MANY_FOR_TEAM").withMessage(Locale.ENGLISH, "x"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting a WARNING PLATFORM_TOO_MANY_FOR_TEAM with the message \"x\" (en)");
  }

  @Test
  void isTheOnlyOne() {
    assertThat(REPORT).hasWarning("PLATFORM_LOW_REACH").at("platforms[1]").isTheOnlyOne();
    assertThatThrownBy(() -> assertThat(REPORT).hasWarning("PLATFORM_LOW_REACH").isTheOnlyOne())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting only one finding to be a WARNING PLATFORM_LOW_REACH, but 2 are:\n"
                + "    WARNING PLATFORM_LOW_REACH at platforms[1]");
  }

  @Test
  void aSingleFindingCanBeAssertedOnItsOwn() {
    assertThat(TEAM).at("platforms").inStep(MethodStep.PLATFORMS).withArguments(3, 31, 25);
    assertThatThrownBy(() -> assertThat(TEAM).at("budget"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the finding WARNING PLATFORM_TOO_MANY_FOR_TEAM at platforms [3, 31, 25] at"
                + " \"budget\", but the only candidate is:");
    assertThatThrownBy(() -> assertThat((Finding) null).at("budget"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void nullConditionsAreRefused() {
    assertThatThrownBy(() -> assertThat(TEAM).at(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("path must not be null");
    assertThatThrownBy(() -> assertThat(TEAM).withArgument(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("argument must not be null");
  }
}
