package dev.socialplan.plan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.socialplan.goal.rules.GoalRules;
import dev.socialplan.goal.rules.SmartAssessment;
import dev.socialplan.goal.rules.SmartCheck;
import dev.socialplan.goal.rules.SmartLetter;
import dev.socialplan.goal.rules.SmartVerdict;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.testkit.generators.PlanGenerators;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationContext;
import dev.socialplan.validation.ValidationReport;
import dev.socialplan.validation.ValidationSettings;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link PlanRules#standard()} over generated plans: it never throws for a constructible plan, every finding is complete and speaks both
 * languages, reports are deterministic, and the SMART assessment judges every letter of every goal.
 */
class PlanRulesPropertiesTest {
  private static final RuleSet<StrategyPlan> STANDARD = PlanRules.standard();
  private static final Set<FindingCode> REGISTRY = Set.copyOf(STANDARD.codes());
  private static final List<String> CODE_NAMES =
      STANDARD.codes().stream().map(FindingCode::name).collect(Collectors.toUnmodifiableList());
  private static final Locale ZH_TW = Locale.TAIWAN;

  /** A placeholder MessageFormat left unfilled: {0}, {1,number}... */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[,}]");

  /** A bundle key that leaked into a text instead of its value. */
  private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*\\.(message|hint)");

  /** The parts of a plan a finding's path may start with. */
  private static final Set<String> ROOTS =
      Set.of(
          "businessObjectives",
          "goals",
          "audience",
          "platforms",
          "competitors",
          "brandSwot",
          "budget",
          "content");

  /** An indexed list in a path, such as goals[3] or budget.allocations[12]. */
  private static final Pattern INDEXED =
      Pattern.compile(
          "^(goals|platforms|competitors|budget\\.allocations|content\\.tactics|content\\.pillars"
              + "|audience\\.members|businessObjectives)\\[(\\d+)\\]");

  private static Gen<Clock> clocks() {
    return PlanGenerators.instants().map(i -> Clock.fixed(i, ZoneOffset.UTC));
  }

  private static ValidationReport validate(StrategyPlan plan, Clock clock) {
    return STANDARD.validate(plan, clock);
  }

  @Test
  void neverThrowsWithOrWithoutAClock() {
    qt().forAll(PlanGenerators.plans(8), clocks())
        .checkAssert(
            (plan, clock) -> {
              assertThatCode(() -> STANDARD.validate(plan)).doesNotThrowAnyException();
              assertThatCode(() -> STANDARD.validate(plan, clock)).doesNotThrowAnyException();
            });
  }

  @Test
  void neverThrowsForEmptyListsOrRealisticPlans() {
    qt().forAll(PlanGenerators.plans(0), clocks())
        .checkAssert((plan, clock) -> assertThat(validate(plan, clock).findings()).isNotEmpty());
    qt().withExamples(200)
        .forAll(PlanGenerators.realisticPlans(), clocks())
        .checkAssert(
            (plan, clock) -> {
              ValidationReport report = validate(plan, clock);
              // Every part is there, so nothing is reported missing.
              assertThat(report.codes()).noneMatch(c -> c.startsWith("PLAN_NO_"));
            });
  }

  @Test
  void everyFindingHasARegisteredCodeAPathIntoThePlanAndAMessageInBothLanguages() {
    qt().forAll(PlanGenerators.plans(), clocks())
        .checkAssert(
            (plan, clock) -> {
              for (Finding f : validate(plan, clock).findings()) {
                assertThat(REGISTRY).as("registered code").contains(f.code());
                assertThat(f.code().name()).isNotBlank();
                assertThat(f.path()).isNotBlank();
                assertThat(root(f.path())).as(f.toString()).isIn(ROOTS);
                assertIndexExists(plan, f);
                for (Locale locale : List.of(Locale.ENGLISH, ZH_TW)) {
                  assertReadable(f.message(locale), f, locale);
                  assertReadable(f.hint(locale), f, locale);
                }
                assertThat(f.message(ZH_TW)).as(f.toString()).matches(hasHan());
              }
            });
  }

  @Test
  void reportsAreDeterministic() {
    qt().forAll(PlanGenerators.plans(), clocks())
        .checkAssert(
            (plan, clock) -> {
              ValidationReport first = validate(plan, clock);
              ValidationReport again = validate(plan, clock);
              ValidationReport ofCopy =
                  PlanRules.standard().validate(StrategyPlan.builder().from(plan).build(), clock);
              assertThat(again).isEqualTo(first);
              assertThat(again.findings()).containsExactlyElementsOf(first.findings());
              assertThat(ofCopy).isEqualTo(first);
              assertThat(again.describe(Locale.ENGLISH)).isEqualTo(first.describe(Locale.ENGLISH));
              assertThat(again.describe(ZH_TW)).isEqualTo(first.describe(ZH_TW));
            });
  }

  @Test
  void aReportIsValidExactlyWhenItHasNoErrorAndWhatToDoNextPutsErrorsFirst() {
    qt().forAll(PlanGenerators.plans(), clocks())
        .checkAssert(
            (plan, clock) -> {
              ValidationReport report = validate(plan, clock);
              boolean anyError = report.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
              assertThat(report.isValid()).isEqualTo(!anyError);
              assertThat(report.errors().isEmpty()).isEqualTo(!anyError);
              assertThat(report.errors().size() + report.warnings().size() + report.infos().size())
                  .isEqualTo(report.size());
              List<Finding> next = report.whatToDoNext();
              assertThat(next).containsExactlyInAnyOrderElementsOf(report.findings());
              assertThat(next)
                  .isSortedAccordingTo(
                      Comparator.comparing(Finding::severity)
                          .thenComparing(f -> f.step().number()));
              // A plan without a platform is never valid.
              if (plan.platforms().isEmpty()) {
                assertThat(report.isValid()).isFalse();
              }
            });
  }

  @Test
  void withoutACodeRemovesExactlyThatCode() {
    qt().forAll(PlanGenerators.plans(), clocks(), Generate.pick(CODE_NAMES))
        .checkAssert(
            (plan, clock, code) -> {
              ValidationReport all = validate(plan, clock);
              ValidationReport without = STANDARD.without(code).validate(plan, clock);
              assertThat(without).isEqualTo(all.filter(f -> !f.code().name().equals(code)));
            });
  }

  @Test
  void aSeverityOverrideChangesOnlyThatCodesSeverity() {
    qt().forAll(PlanGenerators.plans(), clocks(), Generate.pick(CODE_NAMES), Generate.enumValues(Severity.class))
        .checkAssert(
            (plan, clock, code, severity) -> {
              ValidationReport all = validate(plan, clock);
              ValidationReport overridden =
                  STANDARD
                      .withSettings(ValidationSettings.standard().withSeverity(code, severity))
                      .validate(plan, clock);
              List<Finding> expected = new ArrayList<>();
              for (Finding f : all.findings()) {
                expected.add(f.code().name().equals(code) ? f.withSeverity(severity) : f);
              }
              assertThat(overridden).isEqualTo(ValidationReport.of(expected));
            });
  }

  @Test
  void everyGoalGetsFiveLetterVerdictsThatAgreeWithTheReport() {
    qt().forAll(PlanGenerators.plans(), clocks())
        .checkAssert(
            (plan, clock) -> {
              ValidationContext context = ValidationContext.of(ValidationSettings.standard(), clock);
              List<SmartAssessment> assessments = SmartAssessment.forPlan(plan, context);
              assertThat(assessments).hasSize(plan.goals().size());
              List<Finding> smartFindings = new ArrayList<>();
              for (int i = 0; i < assessments.size(); i++) {
                SmartAssessment a = assessments.get(i);
                String goalPath = "goals[" + i + "]";
                assertThat(a.goalIndex()).isEqualTo(i);
                assertThat(a.goalName()).isEqualTo(plan.goals().get(i).name());
                assertThat(a.checks())
                    .extracting(SmartCheck::letter)
                    .containsExactly(SmartLetter.values());
                for (SmartCheck c : a.checks()) {
                  assertThat(a.check(c.letter())).isSameAs(c);
                  assertReadable(c.reason(Locale.ENGLISH), c, Locale.ENGLISH);
                  assertReadable(c.reason(ZH_TW), c, ZH_TW);
                  if (c.verdict() == SmartVerdict.NOT_MET) {
                    assertThat(c.finding()).as(c.toString()).isPresent();
                  }
                  c.finding().ifPresent(f -> assertThat(f.isUnder(goalPath)).isTrue());
                }
                assertThat(a.score())
                    .isEqualTo(
                        (int) a.checks().stream().filter(c -> c.verdict() == SmartVerdict.MET).count())
                    .isBetween(0, 5);
                assertThat(a.isSmart()).isEqualTo(a.score() == 5);
                smartFindings.addAll(a.findings());
              }
              ValidationReport smartOnly =
                  RuleSet.<StrategyPlan>of(List.of(GoalRules.SMART)).validate(plan, clock);
              assertThat(smartOnly).isEqualTo(ValidationReport.of(smartFindings));
            });
  }

  @Test
  void aLargerAchievableToleranceNeverMakesAGoalLessAchievable() {
    qt().forAll(PlanGenerators.plans(), doubles().between(0, 10), doubles().between(0, 10))
        .checkAssert(
            (plan, x, y) -> {
              ValidationContext strict =
                  ValidationContext.of(
                      ValidationSettings.standard().with(GoalRules.ACHIEVABLE_TOLERANCE, Math.min(x, y)));
              ValidationContext loose =
                  ValidationContext.of(
                      ValidationSettings.standard().with(GoalRules.ACHIEVABLE_TOLERANCE, Math.max(x, y)));
              for (int i = 0; i < plan.goals().size(); i++) {
                SmartVerdict underStrict =
                    SmartAssessment.of(plan, i, strict).check(SmartLetter.ACHIEVABLE).verdict();
                SmartVerdict underLoose =
                    SmartAssessment.of(plan, i, loose).check(SmartLetter.ACHIEVABLE).verdict();
                if (underStrict == SmartVerdict.MET) {
                  assertThat(underLoose).isEqualTo(SmartVerdict.MET);
                } else {
                  // The tolerance decides between MET and NOT_MET; it never makes a verdict unknown.
                  assertThat(underLoose == SmartVerdict.UNKNOWN).isEqualTo(underStrict == SmartVerdict.UNKNOWN);
                }
              }
            });
  }

  private static String root(String path) {
    Matcher m = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*").matcher(path);
    return m.find() ? m.group() : "";
  }

  private static void assertIndexExists(StrategyPlan plan, Finding f) {
    Matcher m = INDEXED.matcher(f.path());
    if (!m.find()) {
      return;
    }
    int index = Integer.parseInt(m.group(2));
    int size;
    switch (m.group(1)) {
      case "goals":
        size = plan.goals().size();
        break;
      case "platforms":
        size = plan.platforms().size();
        break;
      case "competitors":
        size = plan.competitors().size();
        break;
      case "businessObjectives":
        size = plan.businessObjectives().size();
        break;
      case "budget.allocations":
        size = plan.budget().map(b -> b.allocations().size()).orElse(0);
        break;
      case "content.tactics":
        size = plan.content().map(c -> c.tactics().size()).orElse(0);
        break;
      case "content.pillars":
        size = plan.content().map(c -> c.pillars().size()).orElse(0);
        break;
      case "audience.members":
        size = plan.audience().map(a -> a.members().size()).orElse(0);
        break;
      default:
        throw new AssertionError(m.group(1));
    }
    assertThat(index).as("index in %s", f).isLessThan(size);
  }

  private static void assertReadable(String text, Object about, Locale locale) {
    assertThat(text).as("%s in %s", about, locale).isNotBlank();
    assertThat(PLACEHOLDER.matcher(text).find())
        .as("unfilled placeholder in %s: %s", locale, text)
        .isFalse();
    assertThat(KEY.matcher(text).find()).as("bundle key in %s: %s", locale, text).isFalse();
  }

  /** A text with at least one Han character: Traditional Chinese, not English left in place. */
  private static Pattern hasHan() {
    return Pattern.compile("(?s).*\\p{IsHan}.*");
  }
}
