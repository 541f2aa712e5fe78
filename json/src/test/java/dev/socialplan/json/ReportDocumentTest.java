package dev.socialplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.testkit.generators.FindingGenerators;
import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
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
            "HOUSE_STYLE",
            Severity.WARNING,
            MethodStep.CONTENT,
            "It''s {field} '{'braces'}' at {share}",
            "Fix {field} by {due}");
    List<FindingArgument> args =
        List.of(
            FindingArgument.text("field", "caption"),
            FindingArgument.integer("posts", Long.MIN_VALUE),
            FindingArgument.percent("share", 0.25),
            FindingArgument.decimal("weight", new BigDecimal("12.50")),
            FindingArgument.money("cost", Money.of(CurrencyUnit.of("BHD"), new BigDecimal("-1.250"))),
            FindingArgument.date("due", LocalDate.of(2040, 2, 29)));
    Finding finding = Finding.of(custom, "content.pillars[0]", args).withSeverity(Severity.ERROR);
    String text = JSON.write(ValidationReport.of(List.of(finding)));
    assertThat(text)
        .contains(
            "\"arguments\":[{\"name\":\"field\",\"text\":\"caption\"},"
                + "{\"name\":\"posts\",\"integer\":-9223372036854775808},"
                + "{\"name\":\"share\",\"percent\":0.25},"
                + "{\"name\":\"weight\",\"decimal\":\"12.50\"},"
                + "{\"name\":\"cost\",\"money\":{\"amount\":\"-1.250\",\"currency\":\"BHD\"}},"
                + "{\"name\":\"due\",\"date\":\"2040-02-29\"}]");
    Finding read = JSON.readValidationReport(text).findings().get(0);
    assertThat(read.code().name()).isEqualTo("HOUSE_STYLE");
    assertThat(read.severity()).isEqualTo(Severity.ERROR);
    assertThat(read.step()).isEqualTo(MethodStep.CONTENT);
    assertThat(read.path()).isEqualTo("content.pillars[0]");
    assertThat(read.arguments()).isEqualTo(finding.arguments());
    assertThat(read.message(Locale.ENGLISH)).isEqualTo("It's caption {braces} at 25%");
    assertThat(read.hint(Locale.ENGLISH)).isEqualTo("Fix caption by 2040-02-29");
  }

  @Test
  void argumentsOfEveryKindAndEdgeValueComeBackEqual() {
    RoundTrips.check(FindingGenerators.arguments(), FindingArgument.class, 500);
    qt().withExamples(300)
        .forAll(FindingGenerators.literalFindings())
        .checkAssert(
            finding -> {
              String text = JSON.write(ValidationReport.of(List.of(finding)));
              Finding read = JSON.readValidationReport(text).findings().get(0);
              assertThat(read.arguments()).as(text).isEqualTo(finding.arguments());
              assertThat(read.path()).isEqualTo(finding.path());
              assertThat(read.severity()).isEqualTo(finding.severity());
              assertThat(read.message(Locale.TAIWAN)).isEqualTo(finding.message(Locale.TAIWAN));
              assertThat(read.hint(Locale.TAIWAN)).isEqualTo(finding.hint(Locale.TAIWAN));
            });
  }

  @Test
  void anArgumentWithNoValueOrTwoValuesIsRefusedAtItsPointer() {
    String none = "{\"findings\":[{\"code\":\"X\",\"severity\":\"ERROR\",\"path\":\"a\","
        + "\"step\":\"GOALS\",\"arguments\":[{\"name\":\"reach\"}]}]}";
    assertThatThrownBy(() -> JSON.readValidationReport(none))
        .isInstanceOfSatisfying(
            SocialplanJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/findings/0/arguments/0");
              assertThat(e.reason())
                  .contains(
                      "argument \"reach\" must have exactly one of text, integer, decimal,"
                          + " percent, money, date; found 0");
            });
    String two = none.replace("{\"name\":\"reach\"}", "{\"name\":\"reach\",\"text\":\"a\",\"percent\":1}");
    assertThatThrownBy(() -> JSON.readValidationReport(two))
        .isInstanceOfSatisfying(
            SocialplanJsonException.class,
            e -> assertThat(e.reason()).contains("found 2"));
    String badName = none.replace("{\"name\":\"reach\"}", "{\"name\":\"Reach\",\"text\":\"a\"}");
    assertThatThrownBy(() -> JSON.readValidationReport(badName))
        .isInstanceOfSatisfying(
            SocialplanJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/findings/0/arguments/0");
              assertThat(e.reason()).contains("lower camel case").contains("Reach");
            });
  }

  @Test
  void aStandardFindingWithoutTheArgumentsItsMessageNeedsIsRefused() {
    ValidationReport report = report(SamplePlans.article());
    Finding first = report.findings().get(0);
    assertThat(first.code().argumentNames()).isNotEmpty();
    String text = JSON.write(ValidationReport.of(List.of(first)));
    String stripped = text.replaceAll("\"arguments\":\\[.*?\\]\\}\\]\\}$", "\"arguments\":[]}]}");
    assertThat(stripped).isNotEqualTo(text);
    assertThatThrownBy(() -> JSON.readValidationReport(stripped))
        .isInstanceOfSatisfying(
            SocialplanJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/findings/0");
              assertThat(e.reason()).contains("needs the argument " + first.code().argumentNames().get(0));
            });
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
