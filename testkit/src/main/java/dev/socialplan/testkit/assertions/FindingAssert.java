package dev.socialplan.testkit.assertions;

import dev.socialplan.plan.MethodStep;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the findings of a report that match what a test asked for so far: {@code
 * assertThat(report).hasError("BUDGET_OVER_TOTAL")} holds the report's errors with that code, and
 * each method here keeps those that also match one more condition, failing when none is left.
 *
 * <pre>{@code
 * assertThat(report)
 *     .hasWarning("PLATFORM_TOO_MANY_FOR_TEAM")
 *     .at("platforms")
 *     .withArgument("teamCapacity", 25)
 *     .inStep(MethodStep.PLATFORMS)
 *     .withMessageContaining(Locale.ENGLISH, "the team can produce 25");
 * }</pre>
 *
 * <p>Several findings may match (the same code at several paths); the assertion passes while at
 * least one does; {@link #findings()} returns them, and {@code actual()} and AssertJ's own object
 * assertions ({@code isEqualTo(Finding.of(...))}) see the first of them in the report's order.
 * {@link #withArgument(String, Object)} compares an argument's value the way its kind holds it: a
 * whole number matches any integral type ({@code 25} matches {@code 25L}), a decimal matches a number
 * of the same value ({@code 463.33} or {@code new BigDecimal("463.330")}), a percentage matches its
 * fraction, text matches a value's {@code toString()} ({@code Platform.INSTAGRAM} matches {@code
 * "Instagram"}), money and dates match equal values.
 *
 * <p>Every failure message lists the findings that were still candidates and the whole report. Not
 * thread-safe, like every AssertJ assertion.
 */
public final class FindingAssert extends AbstractObjectAssert<FindingAssert, Finding> {
  private final ValidationReport report;
  private final String expectation;
  private final List<Finding> candidates;

  FindingAssert(ValidationReport report, String expectation, List<Finding> candidates) {
    super(candidates.isEmpty() ? null : candidates.get(0), FindingAssert.class);
    this.report = report;
    this.expectation = expectation;
    this.candidates = List.copyOf(candidates);
  }

  /**
   * Returns every finding that still matches, in the report's order.
   *
   * @return the findings, at least one, unmodifiable
   */
  public List<Finding> findings() {
    return candidates;
  }

  /**
   * Keeps the findings at a path or under it, as {@link Finding#isUnder(String)} says: {@code
   * at("budget")} keeps findings at {@code budget} and at {@code budget.allocations}, {@code
   * at("goals[2]")} those at {@code goals[2]} and {@code goals[2].deadline}, not {@code goals[20]}.
   * Use {@link #atExactly(String)} to exclude the paths below.
   *
   * @param path the path, such as {@code "budget"} or {@code "goals[2]"}
   * @return the assertion on the findings at or under that path
   * @throws AssertionError if no finding is at or under that path, listing where they are
   */
  public FindingAssert at(String path) {
    requireNonNull(path, "path");
    return keep(f -> f.isUnder(path), "at \"" + path + "\"");
  }

  /**
   * Keeps the findings at exactly a path.
   *
   * @param path the path, such as {@code "goals[2].deadline"}
   * @return the assertion on the findings at that path
   * @throws AssertionError if no finding is at that path, listing where they are
   */
  public FindingAssert atExactly(String path) {
    requireNonNull(path, "path");
    return keep(f -> f.path().equals(path), "at exactly \"" + path + "\"");
  }

  /**
   * Keeps the findings of a severity (after {@code hasFinding(code)}, which takes any).
   *
   * @param severity the severity
   * @return the assertion on the findings of that severity
   * @throws AssertionError if no finding has that severity
   */
  public FindingAssert withSeverity(Severity severity) {
    requireNonNull(severity, "severity");
    return keep(f -> f.severity() == severity, "with severity " + severity);
  }

  /**
   * Keeps the findings that belong to a step of the method.
   *
   * @param step the step
   * @return the assertion on the findings of that step
   * @throws AssertionError if no finding belongs to that step
   */
  public FindingAssert inStep(MethodStep step) {
    requireNonNull(step, "step");
    return keep(f -> f.step() == step, "in step " + step);
  }

  /**
   * Keeps the findings that have an argument of a name with a value.
   *
   * @param name the argument's name, such as {@code "teamCapacity"}
   * @param value the expected value, compared as described in the class documentation
   * @return the assertion on the findings with that argument
   * @throws AssertionError if no finding has that argument
   */
  public FindingAssert withArgument(String name, Object value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    return keep(
        f -> f.argument(name).filter(a -> matches(a, value)).isPresent(),
        "with the argument " + name + "=" + show(value));
  }

  /**
   * Keeps the findings whose arguments are exactly some arguments, in order.
   *
   * @param arguments the arguments, compared with {@link FindingArgument#equals}
   * @return the assertion on the findings with those arguments
   * @throws AssertionError if no finding has exactly those arguments
   */
  public FindingAssert withArguments(FindingArgument... arguments) {
    requireNonNull(arguments, "arguments");
    List<FindingArgument> expected = new ArrayList<>(arguments.length);
    for (FindingArgument a : arguments) {
      expected.add(requireNonNull(a, "arguments"));
    }
    return keep(f -> f.arguments().equals(expected), "with the arguments " + expected);
  }

  /**
   * Keeps the findings whose message in a locale is exactly a text.
   *
   * @param locale the language of the message
   * @param message the expected message
   * @return the assertion on the findings with that message
   * @throws AssertionError if no finding has that message, listing their messages
   */
  public FindingAssert withMessage(Locale locale, String message) {
    requireNonNull(locale, "locale");
    requireNonNull(message, "message");
    return keep(
        f -> f.message(locale).equals(message),
        "with the message \"" + message + "\" (" + locale.toLanguageTag() + ")",
        f -> f.message(locale));
  }

  /**
   * Keeps the findings whose message in a locale contains a text.
   *
   * @param locale the language of the message
   * @param text the text the message must contain
   * @return the assertion on the findings whose message contains the text
   * @throws AssertionError if no finding's message contains the text, listing their messages
   */
  public FindingAssert withMessageContaining(Locale locale, String text) {
    requireNonNull(locale, "locale");
    requireNonNull(text, "text");
    return keep(
        f -> f.message(locale).contains(text),
        "with a message containing \"" + text + "\" (" + locale.toLanguageTag() + ")",
        f -> f.message(locale));
  }

  /**
   * Verifies that exactly one finding matches.
   *
   * @return this assertion
   * @throws AssertionError if several findings match, listing them
   */
  public FindingAssert isTheOnlyOne() {
    isNotNull();
    if (candidates.size() != 1) {
      fail(
          "Expecting only one finding to be "
              + expectation
              + ", but "
              + candidates.size()
              + " are:"
              + ValidationReportAssert.lines(candidates));
    }
    return myself;
  }

  private FindingAssert keep(Predicate<Finding> test, String condition) {
    return keep(test, condition, null);
  }

  private FindingAssert keep(
      Predicate<Finding> test, String condition, @Nullable Function<Finding, String> shown) {
    isNotNull();
    List<Finding> kept = candidates.stream().filter(test).collect(Collectors.toList());
    if (kept.isEmpty()) {
      StringBuilder seen = new StringBuilder();
      for (Finding f : candidates) {
        seen.append("\n    ");
        if (shown != null) {
          seen.append('"').append(shown.apply(f)).append("\"  ");
        }
        seen.append(f);
      }
      fail(
          "Expecting "
              + expectation
              + " "
              + condition
              + ", but "
              + (candidates.size() == 1
                  ? "the only candidate is:"
                  : "the " + candidates.size() + " candidates are:")
              + seen);
    }
    FindingAssert next = new FindingAssert(report, expectation + " " + condition, kept);
    if (info.hasDescription()) {
      next.describedAs(info.description());
    }
    return next;
  }

  private void fail(String message) {
    failWithMessage("%s", message + "\nThe report:\n  " + report.toString().replace("\n", "\n  "));
  }

  private static <T> T requireNonNull(@Nullable T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /** Whether an argument holds a value, compared the way the argument's kind holds values. */
  private static boolean matches(FindingArgument argument, Object value) {
    Object held = argument.value();
    switch (argument.kind()) {
      case INTEGER:
        return (value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof Byte)
            && ((Number) value).longValue() == (Long) held;
      case DECIMAL:
        return value instanceof Number
            && new BigDecimal(value.toString()).compareTo((BigDecimal) held) == 0;
      case PERCENT:
        return value instanceof Number && ((Number) value).doubleValue() == (Double) held;
      case TEXT:
        return value.toString().equals(held);
      default:
        return value.equals(held);
    }
  }

  private static String show(Object argument) {
    return argument instanceof String
        ? "\"" + argument + "\""
        : argument + " (" + argument.getClass().getSimpleName() + ")";
  }

}
