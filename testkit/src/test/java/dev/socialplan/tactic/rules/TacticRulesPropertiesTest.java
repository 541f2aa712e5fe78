package dev.socialplan.tactic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.audience.Audience;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.rules.PlatformRules;
import dev.socialplan.tactic.Influencer;
import dev.socialplan.tactic.InfluencerCampaign;
import dev.socialplan.tactic.Tactic;
import dev.socialplan.testkit.generators.AudienceGenerators;
import dev.socialplan.testkit.generators.ContentGenerators;
import dev.socialplan.testkit.generators.PlatformGenerators;
import dev.socialplan.testkit.generators.TacticGenerators;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.ValidationReport;
import dev.socialplan.validation.ValidationSettings;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TacticRulesPropertiesTest {
  private static final Brand BRAND =
      Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C)
          .withMissionStatement("Time back for busy parents.");

  private static Gen<StrategyPlan> plans() {
    Gen<ContentStrategy> content =
        ContentGenerators.strategies(2)
            .zip(
                lists().of(TacticGenerators.tactics()).ofSizeBetween(0, 6),
                (c, tactics) -> ContentStrategy.builder().from(c).addAllTactics(tactics).build());
    return content.zip(
        AudienceGenerators.audiences(3).toOptionals(70),
        (c, audience) -> {
          StrategyPlan.Builder b = StrategyPlan.builder().brand(BRAND).content(c);
          audience.ifPresent(b::audience);
          return b.build();
        });
  }

  @Test
  void neverThrowsAndEveryFindingSpeaksBothLanguages() {
    qt().forAll(plans(), PlatformGenerators.catalogs())
        .checkAssert(
            (plan, catalog) -> {
              ValidationReport report =
                  TacticRules.standard()
                      .withSettings(ValidationSettings.defaults().with(PlatformRules.CATALOG, catalog))
                      .validate(plan);
              for (Finding f : report.findings()) {
                assertThat(f.path()).startsWith("content.tactics[");
                assertThat(f.message(Locale.ENGLISH)).isNotBlank();
                assertThat(f.message(Locale.TAIWAN)).isNotBlank().isNotEqualTo(f.message(Locale.ENGLISH));
                assertThat(f.hint(Locale.TAIWAN)).isNotBlank();
              }
            });
  }

  @Test
  void audienceOverlapIsAShareOrEmpty() {
    qt().forAll(AudienceGenerators.audiences(4), AudienceGenerators.audiences(4))
        .checkAssert(
            (followers, personas) -> {
              var overlap = TacticRules.audienceOverlap(followers, personas);
              assertThat(overlap.isPresent())
                  .isEqualTo(!followers.isEmpty() && !personas.isEmpty());
              overlap.ifPresent(o -> assertThat(o).isBetween(0.0, 1.0));
              // Personas with every age and gender cover every follower.
              if (!followers.isEmpty()) {
                assertThat(
                        TacticRules.audienceOverlap(
                            followers, Audience.of(dev.socialplan.audience.Persona.of("anyone"))))
                    .hasValueCloseTo(1.0, within(1e-9));
              }
            });
  }

  @Test
  void anInfluencerWhoseFollowersArePersonasMatchesFully() {
    qt().forAll(TacticGenerators.influencerCampaigns(3), AudienceGenerators.audiences(3))
        .checkAssert(
            (campaign, audience) -> {
              if (audience.isEmpty()) {
                return;
              }
              InfluencerCampaign same =
                  InfluencerCampaign.builder()
                      .from(campaign)
                      .influencers(
                          campaign.influencers().stream()
                              .map(i -> i.withAudience(audience))
                              .toList())
                      .build();
              StrategyPlan plan =
                  StrategyPlan.builder()
                      .brand(BRAND)
                      .audience(audience)
                      .content(ContentStrategy.builder().addTactics((Tactic) same).build())
                      .build();
              assertThat(TacticRules.INFLUENCER_AUDIENCE.check(plan, dev.socialplan.validation.ValidationContext.defaults()))
                  .isEmpty();
              Optional<Influencer> any = same.influencers().stream().findFirst();
              any.ifPresent(
                  i ->
                      assertThat(TacticRules.audienceOverlap(audience, audience))
                          .hasValueCloseTo(1.0, within(1e-9)));
            });
  }
}
