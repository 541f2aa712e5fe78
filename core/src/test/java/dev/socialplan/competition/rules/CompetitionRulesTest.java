package dev.socialplan.competition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Swot;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import dev.socialplan.validation.ValidationSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CompetitionRulesTest {
  private static final ValidationContext DEFAULTS = ValidationContext.standard();
  private static final Brand GLOW = Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C);
  private static final Swot FULL =
      Swot.builder()
          .addStrength("loyal customers")
          .addWeakness("small team")
          .addOpportunity("no competitor on TikTok")
          .addThreat("a big brand's new line")
          .build();

  private static List<Competitor> competitors(int n) {
    List<Competitor> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(Competitor.of("Rival " + i).withSwot(FULL));
    }
    return out;
  }

  private static StrategyPlan plan(List<Competitor> competitors, Swot brandSwot) {
    return StrategyPlan.builder()
        .brand(GLOW)
        .addAllCompetitors(competitors)
        .brandSwot(brandSwot)
        .build();
  }

  @Test
  void fiveAnalysedCompetitorsAndAnOpportunityPass() {
    assertThat(CompetitionRules.standard().validate(plan(competitors(5), FULL)).isEmpty()).isTrue();
  }

  @Test
  void moreThanFiveIsAnInfoThatNamesTheCount() {
    List<Finding> findings = CompetitionRules.CLOSEST_FIVE.check(plan(competitors(7), FULL), DEFAULTS);
    assertThat(findings)
        .containsExactly(Finding.of(CompetitionRules.COMPETITION_TOO_MANY, "competitors[5]", FindingArgument.integer("competitors", 7), FindingArgument.integer("maximum", 5)));
    assertThat(findings.get(0).severity().name()).isEqualTo("INFO");
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo("7 competitors are listed; the method asks for the 5 closest.");
    ValidationContext seven =
        ValidationContext.of(
            ValidationSettings.standard().with(CompetitionRules.MAX_COMPETITORS, 7));
    assertThat(CompetitionRules.CLOSEST_FIVE.check(plan(competitors(7), FULL), seven)).isEmpty();
  }

  @Test
  void aCompetitorWithoutSwotIsAWarning() {
    List<Competitor> list = new ArrayList<>(competitors(2));
    list.add(Competitor.of("Newcomer"));
    list.add(Competitor.of("Blank").withSwot(Swot.empty()));
    assertThat(CompetitionRules.SWOT.check(plan(list, FULL), DEFAULTS))
        .containsExactly(
            Finding.of(CompetitionRules.COMPETITION_NO_SWOT, "competitors[2].swot", FindingArgument.text("competitor", "Newcomer")),
            Finding.of(CompetitionRules.COMPETITION_NO_SWOT, "competitors[3].swot", FindingArgument.text("competitor", "Blank")));
  }

  @Test
  void theBrandNeedsItsOwnSwotWithAnOpportunity() {
    StrategyPlan noSwot = StrategyPlan.builder().brand(GLOW).addAllCompetitors(competitors(1)).build();
    assertThat(CompetitionRules.SWOT.check(noSwot, DEFAULTS))
        .containsExactly(
            Finding.of(CompetitionRules.COMPETITION_NO_BRAND_SWOT, "brandSwot", FindingArgument.text("brand", "Glow Cosmetics")));
    Swot noOpportunity = Swot.builder().addStrength("loyal customers").build();
    assertThat(CompetitionRules.SWOT.check(plan(competitors(1), noOpportunity), DEFAULTS))
        .containsExactly(
            Finding.of(
                CompetitionRules.COMPETITION_NO_OPPORTUNITY,
                "brandSwot.opportunities",
                FindingArgument.text("brand", "Glow Cosmetics")));
  }
}
