package dev.socialplan.testkit.assertions;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.ValidationReport;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of socialplan's AssertJ assertions: {@code assertThat} for a {@link
 * ValidationReport}, a {@link Finding} and a {@link ContentCalendar}, next to every assertion of
 * AssertJ's own {@link Assertions}, which this class extends, so one static import serves both.
 *
 * <pre>{@code
 * import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThat;
 *
 * ValidationReport report = PlanRules.standard().validate(plan);
 * assertThat(report).hasError("BUDGET_OVER_TOTAL").at("budget");
 * assertThat(report).hasWarning("GOAL_NOT_ACHIEVABLE").at("goals[1].target").inStep(MethodStep.GOALS);
 * assertThat(report).isValid().hasNoFindingWithCode("PLAN_NO_BUDGET");
 * assertThat(calendar).hasPostsOn(Platform.INSTAGRAM, 24).allPostsWithin(period);
 * assertThat(List.of(1, 2)).hasSize(2); // AssertJ's own, through the same import
 * }</pre>
 *
 * <p>Failure messages say what was expected and list what the report holds (one finding per line,
 * severity, code, path and arguments) or the calendar's posts concerned, so a failing test shows
 * the actual findings without a debugger.
 *
 * <p>This class has only static methods; the assertion objects it returns are not thread-safe, as
 * AssertJ's are not.
 */
public final class SocialplanAssertions extends Assertions {
  private SocialplanAssertions() {}

  /**
   * Starts assertions on a validation report.
   *
   * @param actual the report
   * @return the assertion
   */
  public static ValidationReportAssert assertThat(@Nullable ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }

  /**
   * Starts assertions on one finding, as on a report that holds only it: {@code
   * assertThat(finding).at("budget").inStep(MethodStep.BUDGET)}.
   *
   * @param actual the finding
   * @return the assertion
   */
  public static FindingAssert assertThat(@Nullable Finding actual) {
    ValidationReport report = actual == null ? ValidationReport.empty() : ValidationReport.of(List.of(actual));
    return new FindingAssert(report, "the finding " + actual, report.findings());
  }

  /**
   * Starts assertions on a content calendar.
   *
   * @param actual the calendar
   * @return the assertion
   */
  public static ContentCalendarAssert assertThat(@Nullable ContentCalendar actual) {
    return new ContentCalendarAssert(actual);
  }
}
