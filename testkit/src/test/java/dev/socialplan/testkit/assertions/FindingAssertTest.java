package dev.socialplan.testkit.assertions;

import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThat;
import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThatThrownBy;

import dev.socialplan.plan.MethodStep;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.rules.PlatformRules;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class FindingAssertTest {
  private static final Finding LOW_REACH_SNAPCHAT =
      Finding.of(
          PlatformRules.PLATFORM_LOW_REACH,
          "platforms[1]",
          FindingArgument.text("platform", "Snapchat"),
          FindingArgument.percent("reach", 0.09),
          FindingArgument.percent("minimum", 0.2),
          FindingArgument.text("byPersona", "Women over 50 9%"));
  private static final Finding LOW_REACH_X =
      Finding.of(
          PlatformRules.PLATFORM_LOW_REACH,
          "platforms[2]",
          FindingArgument.text("platform", "X"),
          FindingArgument.percent("reach", 0.12),
          FindingArgument.percent("minimum", 0.2),
          FindingArgument.text("byPersona", "Women over 50 12%"));
  private static final Finding TEAM =
      Finding.of(
          PlatformRules.PLATFORM_TOO_MANY_FOR_TEAM,
          "platforms",
          FindingArgument.integer("platforms", 3),
          FindingArgument.integer("postsNeeded", 31),
          FindingArgument.integer("teamCapacity", 25));
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
                + "    WARNING PLATFORM_LOW_REACH at platforms[1] [platform=Snapchat, reach=0.09,"
                + " minimum=0.2, byPersona=Women over 50 9%]\n"
                + "    WARNING PLATFORM_LOW_REACH at platforms[2] [platform=X, reach=0.12,"
                + " minimum=0.2, byPersona=Women over 50 12%]\n"
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
  void withArgumentComparesValuesTheWayTheirKindHoldsThem() {
    assertThat(REPORT)
        .hasWarning("PLATFORM_TOO_MANY_FOR_TEAM")
        .withArgument("postsNeeded", 31)
        .withArgument("teamCapacity", 25L);
    assertThat(REPORT)
        .hasWarning("PLATFORM_LOW_REACH")
        .withArgument("platform", Platform.X)
        .isEqualTo(LOW_REACH_X);
    assertThat(REPORT)
        .hasWarning("PLATFORM_LOW_REACH")
        .withArgument("reach", 0.09)
        .withArgument("byPersona", "Women over 50 9%");
    assertThat(REPORT)
        .hasWarning("GOAL_NOT_ACHIEVABLE")
        .withArgument("pace", new BigDecimal("463.330"))
        .withArgument("lowest", 180);
    assertThat(REPORT)
        .hasError("BUDGET_OVER_TOTAL")
        .withArgument("excess", Money.parse("TWD 500"));
    // The name matters: 31 is the posts needed, not the team's capacity.
    assertThatThrownBy(
            () ->
                assertThat(REPORT)
                    .hasWarning("PLATFORM_TOO_MANY_FOR_TEAM")
                    .withArgument("teamCapacity", 31))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting a WARNING PLATFORM_TOO_MANY_FOR_TEAM with the argument teamCapacity=31"
                + " (Integer), but the only candidate is:\n    WARNING PLATFORM_TOO_MANY_FOR_TEAM at"
                + " platforms [platforms=3, postsNeeded=31, teamCapacity=25]");
    // A count never matches a decimal, nor text a number of another value.
    assertThatThrownBy(
            () -> assertThat(REPORT).hasWarning("PLATFORM_TOO_MANY_FOR_TEAM").withArgument("platforms", 3.0))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void withArgumentsWantsTheWholeListInOrder() {
    FindingArgument platforms = FindingArgument.integer("platforms", 3);
    FindingArgument needed = FindingArgument.integer("postsNeeded", 31);
    FindingArgument capacity = FindingArgument.integer("teamCapacity", 25);
    assertThat(REPORT)
        .hasWarning("PLATFORM_TOO_MANY_FOR_TEAM")
        .withArguments(platforms, needed, capacity);
    assertThatThrownBy(
            () ->
                assertThat(REPORT)
                    .hasWarning("PLATFORM_TOO_MANY_FOR_TEAM")
                    .withArguments(platforms, capacity, needed))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting a WARNING PLATFORM_TOO_MANY_FOR_TEAM with the arguments [platforms=3,"
                + " teamCapacity=25, postsNeeded=31], but the only candidate is:");
    assertThatThrownBy(
            () ->
                assertThat(REPORT)
                    .hasWarning("PLATFORM_TOO_MANY_FOR_TEAM")
                    .withArguments(platforms, needed))
        .isInstanceOf(AssertionError.class);
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
                + " PLATFORM_TOO_MANY_FOR_TEAM at platforms [platforms=3, postsNeeded=31, teamCapacity=25]");
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
    assertThat(TEAM).at("platforms").inStep(MethodStep.PLATFORMS).withArgument("platforms", 3);
    assertThatThrownBy(() -> assertThat(TEAM).at("budget"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the finding WARNING PLATFORM_TOO_MANY_FOR_TEAM at platforms [platforms=3,"
                + " postsNeeded=31, teamCapacity=25] at \"budget\", but the only candidate is:");
    assertThatThrownBy(() -> assertThat((Finding) null).at("budget"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void nullConditionsAreRefused() {
    assertThatThrownBy(() -> assertThat(TEAM).at(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("path must not be null");
    assertThatThrownBy(() -> assertThat(TEAM).withArgument("platforms", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value must not be null");
  }
}
