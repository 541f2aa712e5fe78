package dev.socialplan.testkit.assertions;

import dev.socialplan.validation.Finding;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link ValidationReport}; obtain one with {@link
 * SocialplanAssertions#assertThat(ValidationReport)}.
 *
 * <pre>{@code
 * assertThat(report).hasError("BUDGET_OVER_TOTAL").at("budget");
 * assertThat(report).hasExactlyCodes("GOAL_NOT_ACHIEVABLE", "COMPETITION_NO_SWOT").isValid();
 * }</pre>
 *
 * <p>{@link #hasError(String)}, {@link #hasWarning(String)}, {@link #hasInfo(String)} and {@link
 * #hasFinding(String)} return a {@link FindingAssert} over the findings with that code (and
 * severity), to be narrowed by path, arguments, step or message. Every failure message lists the
 * report's findings, one per line ({@link Finding#toString()}: severity, code, path, arguments).
 *
 * <p>Codes are compared by name, exactly. Not thread-safe, like every AssertJ assertion.
 */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(@Nullable ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Verifies that the report has no error (warnings and infos allowed), as {@link
   * ValidationReport#isValid()}.
   *
   * @return this assertion
   * @throws AssertionError if the report has an error, listing the errors and the whole report
   */
  public ValidationReportAssert isValid() {
    isNotNull();
    if (!actual.isValid()) {
      fail(
          "Expecting the report to be valid (no ERROR), but it has "
              + count(actual.errors().size(), "error")
              + ":"
              + lines(actual.errors()));
    }
    return this;
  }

  /**
   * Verifies that the report has an error.
   *
   * @return this assertion
   * @throws AssertionError if the report has no error
   */
  public ValidationReportAssert isNotValid() {
    isNotNull();
    if (actual.isValid()) {
      fail("Expecting the report not to be valid (to have an ERROR), but it has none.");
    }
    return this;
  }

  /**
   * Verifies that the report has no error; the same as {@link #isValid()}, for tests that read
   * better this way next to {@link #hasNoWarnings()}.
   *
   * @return this assertion
   * @throws AssertionError if the report has an error
   */
  public ValidationReportAssert hasNoErrors() {
    isNotNull();
    if (!actual.errors().isEmpty()) {
      fail(
          "Expecting the report to have no ERROR, but it has "
              + count(actual.errors().size(), "error")
              + ":"
              + lines(actual.errors()));
    }
    return this;
  }

  /**
   * Verifies that the report has no warning.
   *
   * @return this assertion
   * @throws AssertionError if the report has a warning
   */
  public ValidationReportAssert hasNoWarnings() {
    isNotNull();
    if (!actual.warnings().isEmpty()) {
      fail(
          "Expecting the report to have no WARNING, but it has "
              + count(actual.warnings().size(), "warning")
              + ":"
              + lines(actual.warnings()));
    }
    return this;
  }

  /**
   * Verifies that the report has no finding at all.
   *
   * @return this assertion
   * @throws AssertionError if the report has a finding
   */
  public ValidationReportAssert hasNoFindings() {
    isNotNull();
    if (!actual.isEmpty()) {
      fail("Expecting the report to have no finding, but it has " + count(actual.size(), "finding") + ".");
    }
    return this;
  }

  /**
   * Verifies the number of findings.
   *
   * @param expected the expected number of findings
   * @return this assertion
   * @throws AssertionError if the report has another number of findings
   */
  public ValidationReportAssert hasSize(int expected) {
    isNotNull();
    if (actual.size() != expected) {
      fail(
          "Expecting the report to have "
              + count(expected, "finding")
              + ", but it has "
              + actual.size()
              + ".");
    }
    return this;
  }

  /**
   * Verifies that the report has an error with a code, and returns an assertion on those errors.
   *
   * @param code the code, such as {@code "BUDGET_OVER_TOTAL"}
   * @return an assertion on the errors with that code
   * @throws AssertionError if the report has no error with that code
   */
  public FindingAssert hasError(String code) {
    return has(code, Severity.ERROR);
  }

  /**
   * Verifies that the report has a warning with a code, and returns an assertion on those warnings.
   *
   * @param code the code, such as {@code "GOAL_NOT_ACHIEVABLE"}
   * @return an assertion on the warnings with that code
   * @throws AssertionError if the report has no warning with that code
   */
  public FindingAssert hasWarning(String code) {
    return has(code, Severity.WARNING);
  }

  /**
   * Verifies that the report has an info with a code, and returns an assertion on those infos.
   *
   * @param code the code, such as {@code "COMPETITION_TOO_MANY"}
   * @return an assertion on the infos with that code
   * @throws AssertionError if the report has no info with that code
   */
  public FindingAssert hasInfo(String code) {
    return has(code, Severity.INFO);
  }

  /**
   * Verifies that the report has a finding with a code, of any severity, and returns an assertion
   * on those findings.
   *
   * @param code the code
   * @return an assertion on the findings with that code
   * @throws AssertionError if the report has no finding with that code
   */
  public FindingAssert hasFinding(String code) {
    checkCode(code);
    isNotNull();
    List<Finding> found = withCode(code);
    if (found.isEmpty()) {
      fail("Expecting the report to have a finding with code \"" + code + "\", but it has none.");
    }
    return findingAssert("a finding " + code, found);
  }

  /**
   * Verifies that no finding of the report has a code.
   *
   * @param code the code
   * @return this assertion
   * @throws AssertionError if a finding has that code, listing those findings
   */
  public ValidationReportAssert hasNoFindingWithCode(String code) {
    checkCode(code);
    isNotNull();
    List<Finding> found = withCode(code);
    if (!found.isEmpty()) {
      fail(
          "Expecting the report to have no finding with code \""
              + code
              + "\", but it has "
              + count(found.size(), "finding")
              + " with it:"
              + lines(found));
    }
    return this;
  }

  /**
   * Verifies that the report has at least one finding with each of some codes (and maybe others).
   *
   * @param codes the codes
   * @return this assertion
   * @throws AssertionError if a code does not occur, naming the missing codes
   */
  public ValidationReportAssert hasCodes(String... codes) {
    Set<String> expected = codes(codes);
    isNotNull();
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual.codes());
    if (!missing.isEmpty()) {
      fail("Expecting the report to have the codes " + expected + ", but it lacks " + missing + ".");
    }
    return this;
  }

  /**
   * Verifies that the codes that occur in the report are exactly some codes: each occurs at least
   * once, and no other does. Order and repetitions do not matter.
   *
   * @param codes the codes; none for a report without findings
   * @return this assertion
   * @throws AssertionError if a code is missing or another occurs, naming both
   */
  public ValidationReportAssert hasExactlyCodes(String... codes) {
    Set<String> expected = codes(codes);
    isNotNull();
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual.codes());
    Set<String> unexpected = new TreeSet<>(actual.codes());
    unexpected.removeAll(expected);
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      fail(
          "Expecting the report to have exactly the codes "
              + expected
              + ", but"
              + (missing.isEmpty() ? "" : " it lacks " + missing)
              + (!missing.isEmpty() && !unexpected.isEmpty() ? " and" : "")
              + (unexpected.isEmpty() ? "" : " it also has " + unexpected)
              + ".");
    }
    return this;
  }

  private FindingAssert has(String code, Severity severity) {
    checkCode(code);
    isNotNull();
    List<Finding> withCode = withCode(code);
    List<Finding> found =
        withCode.stream().filter(f -> f.severity() == severity).collect(Collectors.toList());
    if (found.isEmpty()) {
      String other =
          withCode.isEmpty()
              ? ""
              : " It has \"" + code + "\" with another severity:" + lines(withCode) + "\n";
      fail(
          "Expecting the report to have "
              + article(severity)
              + " "
              + severity
              + " with code \""
              + code
              + "\", but it has none."
              + other);
    }
    return findingAssert(article(severity) + " " + severity + " " + code, found);
  }

  private FindingAssert findingAssert(String expectation, List<Finding> found) {
    FindingAssert next = new FindingAssert(actual, expectation, found);
    if (info.hasDescription()) {
      next.describedAs(info.description());
    }
    return next;
  }

  private List<Finding> withCode(String code) {
    return actual.findings().stream()
        .filter(f -> f.code().name().equals(code))
        .collect(Collectors.toList());
  }

  private void fail(String message) {
    failWithMessage("%s", message + "\nThe report:\n  " + actual.toString().replace("\n", "\n  "));
  }

  private static void checkCode(@Nullable String code) {
    if (code == null) {
      throw new NullPointerException("code must not be null");
    }
  }

  private static Set<String> codes(String @Nullable [] codes) {
    if (codes == null) {
      throw new NullPointerException("codes must not be null");
    }
    Arrays.stream(codes).forEach(ValidationReportAssert::checkCode);
    return new LinkedHashSet<>(Arrays.asList(codes));
  }

  static String article(Severity severity) {
    return severity == Severity.WARNING ? "a" : "an";
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String lines(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append("\n    ").append(f);
    }
    return out.toString();
  }
}
