package dev.socialplan.platform.rules;

import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.testkit.generators.AudienceGenerators;
import dev.socialplan.testkit.generators.BudgetGenerators;
import dev.socialplan.testkit.generators.ContentGenerators;
import dev.socialplan.testkit.generators.PlatformGenerators;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.ValidationReport;
import dev.socialplan.validation.ValidationSettings;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PlatformRulesPropertiesTest {
  private static final Brand BRAND = Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C);

  private static Gen<StrategyPlan> plans() {
    Gen<Set<Platform>> platforms =
        lists().of(PlatformGenerators.platforms()).ofSizeBetween(0, 8).map(list -> (Set<Platform>) new LinkedHashSet<>(list));
    return platforms
        .zip(
            AudienceGenerators.audiences(4).toOptionals(70),
            BudgetGenerators.budgets(4).toOptionals(70),
            ContentGenerators.strategies(2).toOptionals(70),
            (chosen, audience, budget, content) -> {
              StrategyPlan.Builder b = StrategyPlan.builder().brand(BRAND);
              chosen.forEach(p -> b.addPlatform(PlatformChoice.of(p, "audience")));
              audience.ifPresent(b::audience);
              budget.ifPresent(b::budget);
              content.ifPresent(b::content);
              return b.build();
            });
  }

  @Test
  void neverThrowsAndEveryFindingSpeaksBothLanguages() {
    qt().forAll(plans(), PlatformGenerators.catalogs())
        .checkAssert(
            (plan, catalog) -> {
              ValidationReport report =
                  PlatformRules.standard()
                      .withSettings(ValidationSettings.standard().with(PlatformRules.CATALOG, catalog))
                      .validate(plan);
              for (Finding f : report.findings()) {
                assertThat(f.message(Locale.ENGLISH)).isNotBlank();
                assertThat(f.message(Locale.TAIWAN)).isNotBlank();
                assertThat(f.hint(Locale.ENGLISH)).isNotBlank();
              }
              assertThat(report.onlyCode("PLATFORM_LOW_REACH").size())
                  .isLessThanOrEqualTo(plan.platforms().size());
            });
  }

  @Test
  void aPlanWithOnePlatformNeverHasTheSameContentEverywhere() {
    qt().forAll(plans())
        .checkAssert(
            plan -> {
              if (plan.platforms().size() <= 1) {
                assertThat(PlatformRules.standard().validate(plan))
                    .hasNoFindingWithCode("PLATFORM_SAME_CONTENT_EVERYWHERE");
              }
            });
  }
}
