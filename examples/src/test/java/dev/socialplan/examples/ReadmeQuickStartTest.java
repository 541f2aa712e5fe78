package dev.socialplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.experiment.ExperimentDesign;
import dev.socialplan.analytics.experiment.TwoVariantAnalysis;
import dev.socialplan.analytics.experiment.Variant;
import dev.socialplan.analytics.experiment.Verdict;
import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.GrowthReference;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.platform.Platform;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's quick start true: the code between the {@code quick-start} markers below must
 * equal the README's Java block between its markers, it compiles because it is here, and running it
 * prints what the README says it prints.
 */
class ReadmeQuickStartTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "dev", "socialplan", "examples", "ReadmeQuickStartTest.java");

  private static String quickStart() {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    // quick-start:begin
    // 1. A plan: the brand, what the business wants, a SMART goal, a platform and why.
    BusinessObjective sales = BusinessObjective.of("sales", "Grow online sales");
    StrategyPlan plan =
        StrategyPlan.builder()
            .brand(Brand.of("Lumi Mama", "skincare", BusinessModel.B2C))
            .addBusinessObjectives(sales)
            .addGoals(
                Goal.builder()
                    .name("Instagram +400 followers a month")
                    .objective(Objective.AUDIENCE_GROWTH)
                    .metric(MetricKind.FOLLOWERS)
                    .platform(Platform.INSTAGRAM)
                    .baseline(Target.ofCount(8_600))
                    .target(Target.ofCount(11_000))
                    .start(LocalDate.of(2026, 3, 1))
                    .deadline(LocalDate.of(2026, 9, 1))
                    .businessObjective(sales)
                    .growthReference(GrowthReference.observed(20, 25, 30)) // its last 3 months
                    .build())
            .addPlatforms(PlatformChoice.of(Platform.INSTAGRAM, "a visual product"))
            .build();

    // 2. What is wrong with it, most urgent first (validation never reads the system clock).
    Clock today = Clock.fixed(Instant.parse("2026-02-23T09:00:00Z"), ZoneOffset.UTC);
    ValidationReport report = PlanRules.standard().validate(plan, today);
    for (Finding finding : report.whatToDoNext()) {
      out.println(finding.code().name() + ": " + finding.message(Locale.ENGLISH));
    }

    // 3. Measure: did variant B of a call to action beat A?
    Verdict verdict =
        Verdict.of(
            TwoVariantAnalysis.of(Variant.of("A", 7_200, 288), Variant.of("B", 7_050, 366)),
            ExperimentDesign.of(0.04, 0.01)); // detect 4 % → 5 %
    out.println(verdict.kind() + ": " + verdict.winner().orElse("none"));
    // quick-start:end
    out.flush();
    return text.toString();
  }

  @Test
  void theReadmeShowsExactlyThisCode() throws IOException {
    assertThat(block(Files.readAllLines(README, StandardCharsets.UTF_8), "<!-- quick-start:begin -->", "<!-- quick-start:end -->"))
        .isEqualTo(block(Files.readAllLines(THIS_FILE, StandardCharsets.UTF_8), "// quick-start:begin", "// quick-start:end"));
  }

  @Test
  void theQuickStartFindsWhatTheReadmeSaysItFinds() {
    String output = quickStart();
    // +400 a month against a history of 20 to 30 a month is not achievable (the strategy guide's point);
    // the plan also lacks an audience, competitors, a budget and a content strategy.
    assertThat(output)
        .contains(
            "GOAL_NOT_ACHIEVABLE: Goal \"Instagram +400 followers a month\" needs 400 a month,")
        .contains("PLAN_NO_AUDIENCE: The plan has no audience.")
        .contains("PLAN_NO_BUDGET: The plan has no budget.")
        .endsWith("SIGNIFICANT_WINNER: B" + System.lineSeparator());
  }

  /** The lines strictly between two markers, without the README's code fence, de-indented. */
  private static String block(List<String> lines, String begin, String end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(begin)) {
        from = i + 1;
      } else if (lines.get(i).strip().equals(end)) {
        to = i;
      }
    }
    assertThat(from).as("marker %s", begin).isPositive();
    assertThat(to).as("marker %s", end).isGreaterThan(from);
    List<String> body =
        lines.subList(from, to).stream()
            .filter(l -> !l.strip().startsWith("```"))
            .collect(Collectors.toList());
    int indent =
        body.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return body.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n"));
  }
}
