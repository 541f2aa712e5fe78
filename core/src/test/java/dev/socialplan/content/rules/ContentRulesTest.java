package dev.socialplan.content.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.content.ContentMix;
import dev.socialplan.content.ContentPillar;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.content.MixSlice;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import dev.socialplan.validation.ValidationSettings;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentRulesTest {
  private static final ValidationContext DEFAULTS = ValidationContext.standard();
  private static final Brand BRAND = Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C);
  private static final ContentPillar ROUTINES =
      ContentPillar.of("two-minute routines", "#f0a", "quick skincare", "busy mum");
  private static final ContentPillar LAUNCHES = ContentPillar.of("launches", "#123456");
  private static final ContentMix HALF_PROMOTION =
      ContentMix.ofPurposes(
          "half and half",
          Map.of(
              PostPurpose.INFORM, 0.2,
              PostPurpose.EDUCATE, 0.2,
              PostPurpose.ENTERTAIN, 0.1,
              PostPurpose.PROMOTE, 0.5));
  private static final ContentMix MIXED_SLICE =
      ContentMix.builder()
          .name("news and offers")
          .addSlices(
              MixSlice.ofPurposes(
                  "news and offers", 0.6, EnumSet.of(PostPurpose.INFORM, PostPurpose.PROMOTE)),
              MixSlice.ofPurposes(
                  "the rest", 0.4, EnumSet.of(PostPurpose.EDUCATE, PostPurpose.ENTERTAIN)))
          .build();

  private static StrategyPlan plan(ContentStrategy content) {
    return StrategyPlan.builder().brand(BRAND).content(content).build();
  }

  @Test
  void aStrategyWithoutPillarsIsAWarning() {
    assertThat(ContentRules.PILLARS.check(plan(ContentStrategy.empty()), DEFAULTS))
        .containsExactly(Finding.of(ContentRules.CONTENT_NO_PILLARS, "content.pillars"));
  }

  @Test
  void aPillarWithoutKeywordsIsInfo() {
    ContentStrategy content = ContentStrategy.builder().addPillars(ROUTINES, LAUNCHES).build();
    List<Finding> findings = ContentRules.PILLARS.check(plan(content), DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                ContentRules.CONTENT_PILLAR_WITHOUT_KEYWORDS,
                "content.pillars[1].keywords",
                FindingArgument.text("pillar", "launches")));
    assertThat(findings.get(0).message(Locale.TAIWAN)).isEqualTo("內容支柱「launches」沒有關鍵字。");
    ContentStrategy keyworded = ContentStrategy.builder().addPillars(ROUTINES).build();
    assertThat(ContentRules.PILLARS.check(plan(keyworded), DEFAULTS)).isEmpty();
  }

  @Test
  void promotionalShareIsDefinedOnlyWhenSlicesSeparatePromotion() {
    assertThat(ContentRules.promotionalShare(ContentMix.EIGHTY_TWENTY)).hasValue(0.2);
    assertThat(ContentRules.promotionalShare(HALF_PROMOTION)).hasValue(0.5);
    assertThat(ContentRules.promotionalShare(ContentMix.RULE_OF_THIRDS)).isEmpty();
    assertThat(ContentRules.promotionalShare(ContentMix.FIVE_THREE_TWO)).isEmpty();
    assertThat(ContentRules.promotionalShare(MIXED_SLICE)).isEmpty();
  }

  @Test
  void aMixFarFromEightyTwentyIsInfoWithTheShare() {
    List<Finding> findings =
        ContentRules.MIX.check(plan(ContentStrategy.empty().withMix(HALF_PROMOTION)), DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(ContentRules.CONTENT_MIX_FAR_FROM_80_20, "content.mix", FindingArgument.text("mix", "half and half"), FindingArgument.percent("promotion", 0.5)));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "The content mix \"half and half\" plans 50% promotional posts, far from the 80/20"
                + " rule's 20 %.");
  }

  @Test
  void mixesNearEightyTwentyOrNotComparablePass() {
    ContentMix thirty =
        ContentMix.ofPurposes(
            "70/30",
            Map.of(
                PostPurpose.INFORM, 0.3,
                PostPurpose.EDUCATE, 0.2,
                PostPurpose.ENTERTAIN, 0.2,
                PostPurpose.PROMOTE, 0.3));
    for (ContentMix mix :
        List.of(ContentMix.EIGHTY_TWENTY, thirty, ContentMix.RULE_OF_THIRDS, MIXED_SLICE)) {
      assertThat(ContentRules.MIX.check(plan(ContentStrategy.empty().withMix(mix)), DEFAULTS))
          .as(mix.name())
          .isEmpty();
    }
  }

  @Test
  void theToleranceIsASetting() {
    ContentMix thirty =
        ContentMix.ofPurposes(
            "70/30",
            Map.of(
                PostPurpose.INFORM, 0.3,
                PostPurpose.EDUCATE, 0.2,
                PostPurpose.ENTERTAIN, 0.2,
                PostPurpose.PROMOTE, 0.3));
    ValidationContext strict =
        ValidationContext.of(
            ValidationSettings.standard().with(ContentRules.MIX_PROMOTION_TOLERANCE, 0.05));
    assertThat(ContentRules.MIX.check(plan(ContentStrategy.empty().withMix(thirty)), strict))
        .extracting(Finding::code)
        .containsExactly(ContentRules.CONTENT_MIX_FAR_FROM_80_20);
  }

  @Test
  void rulesAreSilentWithoutAContentStrategy() {
    assertThat(ContentRules.standard().validate(StrategyPlan.of(BRAND)).isEmpty()).isTrue();
    assertThat(ContentRules.standard().allSettings())
        .containsExactly(ContentRules.MIX_PROMOTION_TOLERANCE);
  }
}
