package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.plan.MethodStep;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
  @Test
  void rendersEveryCodeWithItsTextsRulesAndSettings() {
    String md = RuleCatalogue.markdown(Draft.STANDARD, List.of(Locale.ENGLISH, Locale.TAIWAN));
    assertThat(md)
        .startsWith(
            "| Code | Severity | Step | Rule |\n|---|---|---|---|\n"
                + "| [`TEST_NO_GOALS`](#test_no_goals) | WARNING | 1 Goals | `test.goals` |\n"
                + "| [`TEST_OVER_TOTAL`](#test_over_total) | ERROR | 5 Budget | `test.budget` |\n"
                + "| [`TEST_TOO_MANY`](#test_too_many) | INFO | 4 Competitors | `test.competitors` |\n");
    assertThat(md)
        .contains(
            "### TEST_OVER_TOTAL\n\n- Severity: ERROR\n- Step: 5 Budget\n- Rule: `test.budget`\n"
                + "- Arguments: `allocated`, `total`\n"
                + "- Message (en): Allocations of {allocated} exceed the total of {total}.\n"
                + "- Hint (en): Lower the allocations or raise the total.\n"
                + "- Message (zh-TW): 分配金額 {allocated} 超過總預算 {total}。\n")
        .contains(
            "- Configure: remove with `without(\"TEST_TOO_MANY\")`; change the severity with"
                + " `ValidationSettings.withSeverity(\"TEST_TOO_MANY\", ...)`; settings:\n"
                + "  - `test.maxCompetitors` (Integer, default `5`, at least 1): closest"
                + " competitors to list\n");
  }

  @Test
  void showsQuotesAndTypedPlaceholdersAsAReaderSeesThem() {
    FindingCode quoted =
        FindingCode.literal(
            "TEST_QUOTED",
            Severity.INFO,
            MethodStep.CONTENT,
            "The brand''s mix is {promotion,number,percent} promotional.",
            "Post less promotion.");
    RuleSet<Object> set =
        RuleSet.of(List.of(Rule.of("test.quoted", List.of(quoted), (o, c) -> List.of())));
    assertThat(RuleCatalogue.markdown(set, List.of(Locale.ROOT)))
        .contains("- Message (default): The brand's mix is {promotion} promotional.\n");
  }

  @Test
  void leavesOutRemovedCodes() {
    assertThat(RuleCatalogue.markdown(Draft.STANDARD.without("TEST_NO_GOALS"), List.of()))
        .doesNotContain("TEST_NO_GOALS");
  }
}
