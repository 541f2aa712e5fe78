package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.socialplan.plan.MethodStep;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private static final Finding NO_GOALS = Finding.of(TestCodes.NO_GOALS, "goals");
  private static final Finding OVER = Finding.of(TestCodes.OVER_TOTAL, "budget.allocations", FindingArgument.decimal("allocated", 120), FindingArgument.integer("total", 100));
  private static final Finding COMP_2 = Finding.of(TestCodes.TOO_MANY, "competitors[2]", FindingArgument.integer("listed", 12), FindingArgument.integer("maximum", 5));
  private static final Finding COMP_10 = Finding.of(TestCodes.TOO_MANY, "competitors[10]", FindingArgument.integer("listed", 12), FindingArgument.integer("maximum", 5));
  private static final ValidationReport REPORT =
      ValidationReport.of(List.of(COMP_10, OVER, COMP_2, NO_GOALS));

  @Test
  void findingsAreInReadingOrderWithNumbersComparedAsNumbers() {
    assertThat(REPORT.findings()).containsExactly(NO_GOALS, COMP_2, COMP_10, OVER);
  }

  @Test
  void whatToDoNextOrdersBySeverityThenStepThenPath() {
    Finding stepOneInfo =
        Finding.of(
            FindingCode.literal("TEST_STEP_ONE", Severity.INFO, MethodStep.GOALS, "m", "h"), "goals");
    ValidationReport report = REPORT.merge(ValidationReport.of(List.of(stepOneInfo)));
    assertThat(report.whatToDoNext()).containsExactly(OVER, NO_GOALS, stepOneInfo, COMP_2, COMP_10);
  }

  @Test
  void validMeansNoError() {
    assertThat(REPORT.isValid()).isFalse();
    assertThat(REPORT.filter(f -> f.severity() != Severity.ERROR).isValid()).isTrue();
    assertThat(ValidationReport.empty().isValid()).isTrue();
    assertThat(ValidationReport.empty().isEmpty()).isTrue();
    assertThat(REPORT.isEmpty()).isFalse();
  }

  @Test
  void splitsBySeverity() {
    assertThat(REPORT.errors()).containsExactly(OVER);
    assertThat(REPORT.warnings()).containsExactly(NO_GOALS);
    assertThat(REPORT.infos()).containsExactly(COMP_2, COMP_10);
    assertThat(REPORT.size()).isEqualTo(4);
  }

  @Test
  void filtersByCodePathAndStep() {
    assertThat(REPORT.onlyCode("TEST_TOO_MANY").findings()).containsExactly(COMP_2, COMP_10);
    assertThat(REPORT.onlyUnder("competitors[1]").isEmpty()).isTrue();
    assertThat(REPORT.onlyUnder("competitors[10]").findings()).containsExactly(COMP_10);
    assertThat(REPORT.onlyUnder("budget").findings()).containsExactly(OVER);
    assertThat(REPORT.onlyStep(MethodStep.GOALS).findings()).containsExactly(NO_GOALS);
    assertThat(REPORT.onlySeverity(Severity.INFO).codes()).containsExactly("TEST_TOO_MANY");
    assertThat(REPORT.hasCode("TEST_OVER_TOTAL")).isTrue();
    assertThat(REPORT.hasCode("TEST_OTHER")).isFalse();
    assertThat(REPORT.filter(f -> true)).isSameAs(REPORT);
  }

  @Test
  void mergeKeepsEveryFindingOfBoth() {
    ValidationReport a = ValidationReport.of(List.of(OVER, COMP_2));
    ValidationReport b = ValidationReport.of(List.of(COMP_10, NO_GOALS));
    assertThat(a.merge(b)).isEqualTo(REPORT).isEqualTo(b.merge(a));
    assertThat(a.merge(ValidationReport.empty())).isEqualTo(a);
    assertThat(a.merge(a).size()).isEqualTo(4);
  }

  @Test
  void equalWhenTheFindingsAreEqual() {
    ValidationReport a = ValidationReport.of(List.of(OVER, COMP_2));
    ValidationReport b = ValidationReport.of(List.of(COMP_10, NO_GOALS));
    assertThat(ValidationReport.of(List.of(NO_GOALS, COMP_2, OVER, COMP_10)))
        .isEqualTo(REPORT)
        .hasSameHashCodeAs(a.merge(b));
    assertThat(a).isNotEqualTo(b).doesNotHaveSameHashCodeAs(b).isNotEqualTo(a.findings());
    new EqualsTester()
        .addEqualityGroup(
            ValidationReport.of(List.of(NO_GOALS, COMP_2, OVER, COMP_10)), REPORT, a.merge(b))
        .addEqualityGroup(a)
        .addEqualityGroup(b)
        .addEqualityGroup(ValidationReport.empty())
        .testEquals();
  }

  @Test
  void sameCodeAndPathAreOrderedByArguments() {
    FindingArgument seven = FindingArgument.integer("listed", 7);
    Finding sevenOfFour =
        Finding.of(TestCodes.TOO_MANY, "competitors", seven, FindingArgument.integer("maximum", 4));
    Finding sevenOfFive =
        Finding.of(TestCodes.TOO_MANY, "competitors", seven, FindingArgument.integer("maximum", 5));
    Finding sevenOfFiveAsText =
        Finding.of(TestCodes.TOO_MANY, "competitors", seven, FindingArgument.text("maximum", "5"));
    Finding sevenOfFiveNoted =
        Finding.of(
            TestCodes.TOO_MANY,
            "competitors",
            seven,
            FindingArgument.integer("maximum", 5),
            FindingArgument.text("note", "x"));
    List<Finding> shuffled = List.of(sevenOfFiveAsText, sevenOfFiveNoted, sevenOfFive, sevenOfFour);
    assertThat(ValidationReport.of(shuffled).findings())
        // Arguments compare in order by name, then kind (TEXT before INTEGER), then value, then
        // by how many there are.
        .containsExactly(sevenOfFiveAsText, sevenOfFour, sevenOfFive, sevenOfFiveNoted);
  }

  @Test
  void orderDependsOnlyOnTheFindingsNotOnTheOrderTheyCameIn() {
    // Codes sharing a name but not their descriptors never meet inside one rule set, but reports
    // of different rule sets may be merged; their order must still not depend on merge order.
    FindingCode otherWords =
        FindingCode.literal(
            "TEST_TOO_MANY", Severity.INFO, MethodStep.COMPETITORS, "Too many: {listed}.",
            "Keep {maximum}.");
    FindingCode otherSeverity =
        FindingCode.literal(
            "TEST_TOO_MANY",
            Severity.WARNING,
            MethodStep.COMPETITORS,
            "{listed} competitors listed; the method asks for {maximum}.",
            "Keep the {maximum} closest.");
    FindingCode otherBundle =
        FindingCode.of(
            "TEST_NO_GOALS",
            Severity.WARNING,
            MethodStep.GOALS,
            MessageBundle.of("dev.socialplan.validation.testmessages", Draft.class));
    FindingCode literalTexts =
        FindingCode.literal(
            "TEST_NO_GOALS",
            Severity.WARNING,
            MethodStep.GOALS,
            "The plan has no goal.",
            "Add one.");
    List<Finding> findings =
        List.of(
            Finding.of(TestCodes.TOO_MANY, "competitors", FindingArgument.integer("listed", 7), FindingArgument.integer("maximum", 5)),
            Finding.of(
                otherWords,
                "competitors",
                FindingArgument.integer("listed", 7),
                FindingArgument.integer("maximum", 5)),
            Finding.of(
                    otherSeverity,
                    "competitors",
                    FindingArgument.integer("listed", 7),
                    FindingArgument.integer("maximum", 5))
                .withSeverity(Severity.INFO),
            Finding.of(TestCodes.NO_GOALS, "goals"),
            Finding.of(otherBundle, "goals"),
            Finding.of(literalTexts, "goals"));
    for (Finding x : findings) {
      for (Finding y : findings) {
        assertThat(ValidationReport.of(List.of(x, y)).findings())
            .as("%s and %s", x, y)
            .isEqualTo(ValidationReport.of(List.of(y, x)).findings());
      }
    }
  }

  @Test
  void describesWhatToDoNextInTheGivenLanguage() {
    ValidationReport report = ValidationReport.of(List.of(NO_GOALS, OVER));
    assertThat(report.describe(Locale.ENGLISH))
        .isEqualTo(
            "1. Error · Step 5 Budget · budget.allocations · TEST_OVER_TOTAL\n"
                + "   Allocations of 120 exceed the total of 100.\n"
                + "   → Lower the allocations or raise the total.\n"
                + "2. Warning · Step 1 Goals · goals · TEST_NO_GOALS\n"
                + "   The plan has no goal.\n"
                + "   → Write at least one SMART goal.\n");
    assertThat(report.describe(Locale.TAIWAN))
        .startsWith("1. 錯誤 · 步驟五 預算 · budget.allocations · TEST_OVER_TOTAL\n   分配金額 120 超過總預算 100。");
    assertThat(ValidationReport.empty().describe(Locale.ENGLISH))
        .isEqualTo("No findings: nothing to do.");
  }

  @Test
  void toStringSummarisesAndListsFindings() {
    assertThat(REPORT)
        .hasToString(
            "ValidationReport{1 error, 1 warning, 2 infos}\n"
                + "  WARNING TEST_NO_GOALS at goals\n"
                + "  INFO TEST_TOO_MANY at competitors[2] [listed=12, maximum=5]\n"
                + "  INFO TEST_TOO_MANY at competitors[10] [listed=12, maximum=5]\n"
                + "  ERROR TEST_OVER_TOTAL at budget.allocations [allocated=120.0, total=100]");
    assertThat(ValidationReport.empty()).hasToString("ValidationReport{0 errors, 0 warnings, 0 infos}");
  }

  @Test
  void naturalPathOrder() {
    assertThat(FindingOrder.comparePaths("goals[2]", "goals[10]")).isNegative();
    assertThat(FindingOrder.comparePaths("goals[10]", "goals[2]")).isPositive();
    assertThat(FindingOrder.comparePaths("goals", "goals[0]")).isNegative();
    assertThat(FindingOrder.comparePaths("goals[02]", "goals[2]")).isNegative();
    assertThat(FindingOrder.comparePaths("goals[2].a", "goals[2].a")).isZero();
    assertThat(FindingOrder.comparePaths("a", "b")).isNegative();
  }

  @Test
  void naturalPathOrderAtTheEdgesOfDigitRuns() {
    assertThat(FindingOrder.comparePaths("goals[9]", "goals[10]")).isNegative();
    assertThat(FindingOrder.comparePaths("goals[0]", "goals[1]")).isNegative();
    // Names may end in digits, so a run of digits can end the path.
    assertThat(FindingOrder.comparePaths("address2", "address10")).isNegative();
    assertThat(FindingOrder.comparePaths("address10", "address2")).isPositive();
  }
}
