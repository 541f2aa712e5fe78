package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.TacticGenerators;
import java.math.BigDecimal;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class InfluencerCampaignPropertiesTest {

  @Test
  void estimatesAddUpOverTheInfluencers() {
    qt().forAll(TacticGenerators.influencerCampaigns(8))
        .checkAssert(
            campaign -> {
              assertThat(campaign.expectedReach())
                  .isEqualTo(campaign.influencers().stream().mapToLong(Influencer::expectedReach).sum());
              assertThat(campaign.expectedEngagements())
                  .isEqualTo(
                      campaign.influencers().stream()
                          .mapToLong(i -> i.expectedEngagements().orElse(0))
                          .sum());
              assertThat(campaign.fees().isSingleCurrency()).isTrue();
              assertThat(campaign.influencersOutsideTargetTiers())
                  .isSubsetOf(campaign.influencers());
            });
  }

  @Test
  void costPerEngagementTimesEngagementsIsTheFeesWithinRounding() {
    qt().forAll(TacticGenerators.influencerCampaigns(8))
        .checkAssert(
            campaign ->
                campaign
                    .costPerEngagement()
                    .ifPresent(
                        cpe -> {
                          long engagements = campaign.expectedEngagements();
                          Money fees =
                              Money.total(
                                  cpe.getCurrencyUnit(),
                                  campaign.influencers().stream()
                                      .filter(i -> i.expectedEngagements().isPresent())
                                      .map(Influencer::fee)
                                      .toList());
                          // |cpe × n − fees| ≤ half a minor unit × n
                          BigDecimal error =
                              cpe.getAmount()
                                  .multiply(BigDecimal.valueOf(engagements))
                                  .subtract(fees.getAmount())
                                  .abs();
                          BigDecimal halfUnit =
                              BigDecimal.ONE.movePointLeft(cpe.getScale()).divide(BigDecimal.valueOf(2));
                          assertThat(error)
                              .isLessThanOrEqualTo(halfUnit.multiply(BigDecimal.valueOf(engagements)));
                        }));
  }

  @Test
  void anInfluencerIsOutsideExactlyWhenItsTierIsMissingOrNotTargeted() {
    qt().forAll(TacticGenerators.influencerCampaigns(8))
        .checkAssert(
            campaign -> {
              for (Influencer i : campaign.influencers()) {
                boolean outside =
                    i.tier(campaign.tierScheme())
                        .map(t -> !campaign.targetTiers().isEmpty() && !campaign.targetTiers().contains(t))
                        .orElse(true);
                assertThat(campaign.influencersOutsideTargetTiers().contains(i)).isEqualTo(outside);
              }
            });
  }
}
