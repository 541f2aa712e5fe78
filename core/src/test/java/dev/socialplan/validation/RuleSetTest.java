package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.plan.MethodStep;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  @Test
  void reportsEveryFindingOfEveryRule() {
    ValidationReport report = Draft.STANDARD.validate(Draft.BAD);
    assertThat(report.codes()).containsExactly("TEST_NO_GOALS", "TEST_OVER_TOTAL", "TEST_TOO_MANY");
    assertThat(report.size()).isEqualTo(4);
    assertThat(report.isValid()).isFalse();
    assertThat(Draft.STANDARD.validate(Draft.GOOD).isEmpty()).isTrue();
  }

  @Test
  void withoutRemovesCodesAndSkipsRulesLeftWithNone() {
    AtomicInteger calls = new AtomicInteger();
    Rule<Draft> counting =
        Rule.of(
            "test.counting",
            List.of(TestCodes.NO_GOALS),
            (d, c) -> {
              calls.incrementAndGet();
              return List.of(Finding.of(TestCodes.NO_GOALS, "goals"));
            });
    RuleSet<Draft> set = RuleSet.of(List.of(counting, Draft.BUDGET)).without("TEST_NO_GOALS");
    ValidationReport report = set.validate(Draft.BAD);
    assertThat(report.codes()).containsExactly("TEST_OVER_TOTAL");
    assertThat(calls).hasValue(0);
    assertThat(set.codes()).containsExactly(TestCodes.OVER_TOTAL);
  }

  @Test
  void withoutRefusesCodesNoRuleEmits() {
    assertThatThrownBy(() -> Draft.STANDARD.without("TEST_TYPO"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule of this set emits code TEST_TYPO");
  }

  @Test
  void withoutAcceptsDescriptors() {
    assertThat(Draft.STANDARD.without(TestCodes.TOO_MANY).validate(Draft.BAD).codes())
        .containsExactly("TEST_NO_GOALS", "TEST_OVER_TOTAL");
  }

  @Test
  void withoutRuleRemovesARuleByName() {
    assertThat(Draft.STANDARD.withoutRule("test.budget").validate(Draft.BAD).codes())
        .containsExactly("TEST_NO_GOALS", "TEST_TOO_MANY");
    assertThatThrownBy(() -> Draft.STANDARD.withoutRule("test.none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule of this set is named test.none");
  }

  @Test
  void customRulesUseTheSameApi() {
    FindingCode late =
        FindingCode.literal(
            "TEST_LATE", Severity.WARNING, MethodStep.GOALS, "Past {today}.", "Move the deadline.");
    Rule<Draft> pastDeadline =
        Rule.of(
            "test.late",
            List.of(late),
            (d, c) ->
                c.today(ZoneOffset.UTC)
                    .filter(t -> t.isAfter(LocalDate.of(2025, 1, 1)))
                    .map(t -> List.of(Finding.of(late, "deadline", FindingArgument.date("today", t))))
                    .orElse(List.of()));
    RuleSet<Draft> set = Draft.STANDARD.with(pastDeadline);
    Clock clock = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(set.validate(Draft.GOOD).isEmpty()).isTrue();
    assertThat(set.validate(Draft.GOOD, clock).findings())
        .containsExactly(
            Finding.of(late, "deadline", FindingArgument.date("today", LocalDate.of(2025, 6, 1))));
  }

  @Test
  void settingsReachTheRulesAndOverrideSeverities() {
    RuleSet<Draft> set =
        Draft.STANDARD
            .withSetting(SettingTest.MAX, 6)
            .withSettings(
                Draft.STANDARD
                    .settings()
                    .with(SettingTest.MAX, 6)
                    .withSeverity("TEST_OVER_TOTAL", Severity.WARNING));
    ValidationReport report = set.validate(Draft.BAD);
    assertThat(report.onlyCode("TEST_TOO_MANY").size()).isEqualTo(1);
    assertThat(report.onlyCode("TEST_OVER_TOTAL").findings())
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    assertThat(Draft.STANDARD.validate(Draft.BAD).onlyCode("TEST_TOO_MANY").size()).isEqualTo(2);
    assertThat(set.allSettings()).containsExactly(SettingTest.MAX);
  }

  @Test
  void allSettingsAreSortedByNameWhateverTheRuleOrder() {
    Rule<Draft> tolerant =
        Rule.of(
            "test.tolerant",
            List.of(TestCodes.OVER_TOTAL),
            List.of(SettingTest.TOLERANCE, SettingTest.LABEL),
            (d, c) -> List.of());
    RuleSet<Draft> set = RuleSet.of(List.of(tolerant, Draft.COMPETITORS));
    assertThat(set.allSettings())
        .containsExactly(SettingTest.LABEL, SettingTest.MAX, SettingTest.TOLERANCE);
  }

  @Test
  void refusesClashingNamesAndCodes() {
    assertThatThrownBy(() -> Draft.STANDARD.with(Draft.GOALS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two rules are named test.goals");
    FindingCode impostor =
        FindingCode.literal("TEST_NO_GOALS", Severity.INFO, MethodStep.GOALS, "m", "h");
    Rule<Draft> clash = Rule.of("test.clash", List.of(impostor), (d, c) -> List.of());
    assertThatThrownBy(() -> Draft.STANDARD.with(clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two different descriptors use code TEST_NO_GOALS (rule test.clash)");
  }

  @Test
  void refusesUndeclaredCodesAndNamesFailingRules() {
    Rule<Draft> liar =
        Rule.of(
            "test.liar",
            List.of(TestCodes.NO_GOALS),
            (d, c) ->
                List.of(
                    Finding.of(
                        TestCodes.OVER_TOTAL,
                        "budget",
                        FindingArgument.integer("allocated", 2),
                        FindingArgument.integer("total", 1))));
    assertThatThrownBy(() -> RuleSet.of(List.of(liar)).validate(Draft.BAD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule test.liar emitted undeclared code TEST_OVER_TOTAL");
    Rule<Draft> broken =
        Rule.of(
            "test.broken",
            List.of(TestCodes.NO_GOALS),
            (d, c) -> {
              throw new ArithmeticException("/ by zero");
            });
    assertThatThrownBy(() -> RuleSet.of(List.of(broken)).validate(Draft.BAD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule test.broken failed: java.lang.ArithmeticException: / by zero")
        .hasCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void composesSetsAndListsItsRegistry() {
    RuleSet<Draft> goals = RuleSet.of(List.of(Draft.GOALS));
    RuleSet<Object> anything =
        RuleSet.of(
            List.of(
                Rule.of(
                    "test.any",
                    List.of(TestCodes.TOO_MANY),
                    (Object o, ValidationContext c) -> List.<Finding>of())));
    RuleSet<Draft> both = goals.withAll(anything);
    assertThat(both.rules()).extracting(Rule::name).containsExactly("test.goals", "test.any");
    assertThat(both.codes()).containsExactly(TestCodes.NO_GOALS, TestCodes.TOO_MANY);
    assertThat(RuleSet.<Draft>empty().validate(Draft.BAD)).isEqualTo(ValidationReport.empty());
    assertThat(Draft.STANDARD.without("TEST_NO_GOALS").toString())
        .isEqualTo(
            "RuleSet[test.goals, test.budget, test.competitors] without [TEST_NO_GOALS]"
                + " ValidationSettings{}");
  }

  @Test
  void isReusableAndGivesTheSameReportEachTime() {
    assertThat(Draft.STANDARD.validate(Draft.BAD)).isEqualTo(Draft.STANDARD.validate(Draft.BAD));
  }
}
