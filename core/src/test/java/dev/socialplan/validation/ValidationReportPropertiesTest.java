package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.plan.MethodStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ValidationReportPropertiesTest {
  private static final List<FindingCode> CODES =
      List.of(
          TestCodes.NO_GOALS,
          TestCodes.OVER_TOTAL,
          TestCodes.TOO_MANY,
          FindingCode.literal("TEST_P_ONE", Severity.ERROR, MethodStep.GOALS, "{n}", "h"),
          FindingCode.literal("TEST_P_TWO", Severity.WARNING, MethodStep.CONTENT, "{n}", "h"));
  private static final List<String> PATHS =
      List.of("goals", "goals[2]", "goals[10]", "goals[2].deadline", "budget", "competitors[1]");

  private static final Gen<Finding> FINDINGS =
      arbitrary()
          .pick(CODES)
          .zip(
              arbitrary().pick(PATHS),
              integers().between(-3, 3),
              arbitrary().enumValues(Severity.class),
              (code, path, n, severity) ->
                  Finding.of(
                          code,
                          path,
                          FindingArgument.integer("n", n),
                          FindingArgument.text("x", "x" + n),
                          // Every code here gets every argument its texts need.
                          FindingArgument.integer("allocated", n),
                          FindingArgument.integer("total", n),
                          FindingArgument.integer("listed", n),
                          FindingArgument.integer("maximum", n))
                      .withSeverity(severity));

  private static final Gen<ValidationReport> REPORTS =
      lists().of(FINDINGS).ofSizeBetween(0, 8).map(ValidationReport::of);

  @Test
  void mergeIsAssociativeAndCommutativeWithEmptyAsIdentity() {
    qt().forAll(REPORTS, REPORTS, REPORTS)
        .checkAssert(
            (a, b, c) -> {
              assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
              assertThat(a.merge(b)).isEqualTo(b.merge(a));
              assertThat(a.merge(ValidationReport.empty())).isEqualTo(a);
              assertThat(ValidationReport.empty().merge(a)).isEqualTo(a);
              assertThat(a.merge(b).size()).isEqualTo(a.size() + b.size());
            });
  }

  @Test
  void orderDependsOnlyOnTheFindings() {
    qt().forAll(lists().of(FINDINGS).ofSizeBetween(0, 12), integers().all())
        .checkAssert(
            (findings, seed) -> {
              List<Finding> shuffled = new ArrayList<>(findings);
              Collections.shuffle(shuffled, new Random(seed));
              ValidationReport report = ValidationReport.of(findings);
              assertThat(ValidationReport.of(shuffled).findings()).isEqualTo(report.findings());
              assertThat(ValidationReport.of(shuffled).whatToDoNext())
                  .isEqualTo(report.whatToDoNext());
            });
  }

  @Test
  void whatToDoNextIsSortedBySeverityThenStep() {
    qt().forAll(REPORTS)
        .checkAssert(
            report -> {
              List<Finding> next = report.whatToDoNext();
              for (int i = 1; i < next.size(); i++) {
                Finding before = next.get(i - 1);
                Finding after = next.get(i);
                assertThat(before.severity()).isLessThanOrEqualTo(after.severity());
                if (before.severity() == after.severity()) {
                  assertThat(before.step()).isLessThanOrEqualTo(after.step());
                }
              }
              assertThat(next).containsExactlyInAnyOrderElementsOf(report.findings());
            });
  }

  @Test
  void filtersPartitionTheReport() {
    qt().forAll(REPORTS)
        .checkAssert(
            report -> {
              assertThat(report.errors().size() + report.warnings().size() + report.infos().size())
                  .isEqualTo(report.size());
              assertThat(report.isValid()).isEqualTo(report.errors().isEmpty());
              int byStep = 0;
              for (MethodStep step : MethodStep.values()) {
                byStep += report.onlyStep(step).size();
              }
              assertThat(byStep).isEqualTo(report.size());
            });
  }
}
