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
                      .withSettings(ValidationSettings.standard().with(PlatformRules.CATALOG, catalog))
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
  void audienceOverlapAgreesWithAPersonaByPersonaOracle() {
    qt().forAll(AudienceGenerators.audiences(4), AudienceGenerators.audiences(5))
        .checkAssert(
            (followers, personas) ->
                assertThat(TacticRules.audienceOverlap(followers, personas))
                    .isEqualTo(oracleOverlap(followers, personas)));
  }

  /**
   * The overlap as first written, asking each persona's Optionals for every age and gender: the
   * oracle of the array-based version in {@link TacticRules#audienceOverlap}.
   */
  private static java.util.OptionalDouble oracleOverlap(Audience followers, Audience personas) {
    if (followers.isEmpty() || personas.isEmpty()) {
      return java.util.OptionalDouble.empty();
    }
    double total = followers.totalWeight();
    boolean equal = !(total > 0) || !Double.isFinite(total);
    int n = followers.members().size();
    double overlap = 0;
    for (dev.socialplan.audience.WeightedPersona segment : followers.members()) {
      double weight = equal ? 1.0 / n : segment.weight() / total;
      dev.socialplan.audience.Persona s = segment.persona();
      int from = s.ageRange().map(r -> r.min()).orElse(-1);
      int to = s.ageRange().map(r -> r.max()).orElse(-1);
      double[] shares =
          s.genderMix().map(g -> new double[] {g.women(), g.men(), g.other()}).orElse(new double[] {1});
      double sum = 0;
      for (int g = 0; g < shares.length; g++) {
        if (shares[g] == 0) {
          continue;
        }
        int gender = shares.length == 1 ? -1 : g;
        long matching = 0;
        for (int age = from; age <= to; age++) {
          for (dev.socialplan.audience.Persona p : personas.personas()) {
            int a = age;
            boolean ageOk = a < 0 || p.ageRange().map(r -> r.contains(a)).orElse(true);
            boolean genderOk =
                gender < 0
                    || p.genderMix()
                        .map(m -> (gender == 0 ? m.women() : gender == 1 ? m.men() : m.other()) > 0)
                        .orElse(true);
            if (ageOk && genderOk) {
              matching++;
              break;
            }
          }
        }
        sum += shares[g] * matching / (to - from + 1);
      }
      overlap += weight * sum;
    }
    return java.util.OptionalDouble.of(Math.min(1.0, Math.max(0.0, overlap)));
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
              assertThat(TacticRules.INFLUENCER_AUDIENCE.check(plan, dev.socialplan.validation.ValidationContext.standard()))
                  .isEmpty();
              Optional<Influencer> any = same.influencers().stream().findFirst();
              any.ifPresent(
                  i ->
                      assertThat(TacticRules.audienceOverlap(audience, audience))
                          .hasValueCloseTo(1.0, within(1e-9)));
            });
  }
}
