package dev.socialplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Validation reports as a front end receives them, and back. */
class ReportDocumentTest {

  private static final SocialplanJson JSON = SocialplanJson.standard();

  static ValidationReport report(SamplePlan sample) {
    Clock clock = Clock.fixed(sample.asOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    return PlanRules.standard().validate(sample.plan(), clock);
  }

  @Test
  void everySamplesReportComesBackEqual() {
    for (SamplePlan sample : SamplePlans.all()) {
      ValidationReport report = report(sample);
      String text = JSON.write(report);
      assertThat(JSON.readValidationReport(text)).as(sample.name()).isEqualTo(report);
      assertThat(JSON.write(JSON.readValidationReport(text))).isEqualTo(text);
      String chinese = JSON.withLocale(Locale.TAIWAN).write(report);
      assertThat(JSON.readValidationReport(chinese)).isEqualTo(report);
    }
  }

  @Test
  void findingsCarryTheMessageAndHintInTheCallersLocale() {
    ValidationReport report = report(SamplePlans.article());
    Finding first = report.findings().get(0);
    String english = JSON.write(report);
    String chinese = JSON.withLocale(Locale.TAIWAN).write(report);
    assertThat(english).contains(json(first.message(Locale.ENGLISH)));
    assertThat(chinese).contains(json(first.message(Locale.TAIWAN)));
    assertThat(first.message(Locale.TAIWAN)).isNotEqualTo(first.message(Locale.ENGLISH));
    assertThat(english).startsWith("{\"socialplan\":\"1\",\"valid\":" + report.isValid() + ",");
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Test
  void aCustomCodeKeepsItsTextAndEveryArgumentType() {
    FindingCode custom =
        FindingCode.literal(
            "HOUSE_STYLE", Severity.WARNING, MethodStep.CONTENT, "It''s {0} '{'braces'}'", "Fix {1}");
    List<Object> args =
        List.of("caption", 7L, 0.25, new BigDecimal("12.50"), new BigInteger("123456789012345678901234567890"));
    Finding finding = Finding.of(custom, "content.pillars[0]", args).withSeverity(Severity.ERROR);
    ValidationReport back = JSON.readValidationReport(JSON.write(ValidationReport.of(List.of(finding))));
    Finding read = back.findings().get(0);
    assertThat(read.code().name()).isEqualTo("HOUSE_STYLE");
    assertThat(read.severity()).isEqualTo(Severity.ERROR);
    assertThat(read.step()).isEqualTo(MethodStep.CONTENT);
    assertThat(read.path()).isEqualTo("content.pillars[0]");
    assertThat(read.arguments()).isEqualTo(finding.arguments());
    assertThat(read.message(Locale.ENGLISH)).isEqualTo("It's caption {braces}");
    assertThat(read.hint(Locale.ENGLISH)).isEqualTo(finding.hint(Locale.ENGLISH));
  }

  @Test
  void theArticlesReportKeepsReading() {
    ValidationReport report = report(SamplePlans.article());
    GoldenDocumentsTest.assertGolden(
        "article-report.json", GoldenDocumentsTest.PRETTY.write(report) + "\n");
    assertThat(JSON.readValidationReport(GoldenDocumentsTest.golden("article-report.json")))
        .isEqualTo(report);
  }
}
