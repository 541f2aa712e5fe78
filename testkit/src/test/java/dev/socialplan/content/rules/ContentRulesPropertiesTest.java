package dev.socialplan.content.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.content.ContentStrategy;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.testkit.generators.ContentGenerators;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.ValidationReport;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContentRulesPropertiesTest {
  private static final Brand BRAND = Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C);

  @Test
  void neverThrowsAndReportsPillarsExactly() {
    qt().forAll(ContentGenerators.strategies(4))
        .checkAssert(
            content -> {
              StrategyPlan plan = StrategyPlan.builder().brand(BRAND).content(content).build();
              ValidationReport report = ContentRules.standard().validate(plan);
              assertThat(report.hasCode("CONTENT_NO_PILLARS")).isEqualTo(content.pillars().isEmpty());
              long bare = content.pillars().stream().filter(p -> p.keywords().isEmpty()).count();
              assertThat(report.onlyCode("CONTENT_PILLAR_WITHOUT_KEYWORDS").size()).isEqualTo((int) bare);
              for (Finding f : report.findings()) {
                assertThat(f.message(Locale.TAIWAN)).isNotBlank();
              }
            });
  }

  @Test
  void promotionalShareIsAShareWhenDefined() {
    qt().forAll(ContentGenerators.mixes())
        .checkAssert(
            mix -> {
              var share = ContentRules.promotionalShare(mix);
              share.ifPresent(s -> assertThat(s).isBetween(0.0, 1.0 + 1e-9));
              boolean far =
                  ContentRules.standard()
                      .validate(
                          StrategyPlan.builder()
                              .brand(BRAND)
                              .content(ContentStrategy.empty().withMix(mix))
                              .build())
                      .hasCode("CONTENT_MIX_FAR_FROM_80_20");
              assertThat(far)
                  .isEqualTo(share.isPresent() && Math.abs(share.getAsDouble() - 0.2) > 0.1 + 1e-9);
            });
  }
}
