package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.budget.MultiCurrencyAmount;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class InfluencerCampaignTest {
  private static final Influencer MIA =
      Influencer.of("@mia.mornings", Platform.INSTAGRAM, 50_000, Money.parse("TWD 20000"))
          .withEngagementRate(Ratio.ofPercent(5));
  private static final Influencer LIN =
      Influencer.of("@lin.skin", Platform.TIKTOK, 4_000, Money.parse("TWD 5000"))
          .withEngagementRate(Ratio.ofPercent(10));
  private static final Influencer STAR =
      Influencer.of("@star", Platform.INSTAGRAM, 2_000_000, Money.parse("TWD 300000"));
  private static final InfluencerCampaign MICRO_CAMPAIGN =
      InfluencerCampaign.builder()
          .name("micro-influencers for the serum launch")
          .addInfluencers(MIA, LIN, STAR)
          .tierScheme(TierScheme.ARTICLE)
          .addTargetTiers(InfluencerTier.MICRO)
          .build();

  @Test
  void findsInfluencersOutsideTheTargetTiers() {
    assertThat(MICRO_CAMPAIGN.influencersOutsideTargetTiers()).containsExactly(STAR);
    // Under the standard scheme @lin (4 K) is nano, no longer micro.
    InfluencerCampaign standard =
        InfluencerCampaign.builder().from(MICRO_CAMPAIGN).tierScheme(TierScheme.STANDARD).build();
    assertThat(standard.influencersOutsideTargetTiers()).containsExactly(LIN, STAR);
  }

  @Test
  void anyTierOfTheSchemeWhenNoTargetIsSet() {
    Influencer tiny = Influencer.of("@tiny", Platform.X, 300, Money.parse("TWD 100"));
    InfluencerCampaign any =
        InfluencerCampaign.builder().name("any").addInfluencers(MIA, STAR, tiny).build();
    assertThat(any.tierScheme()).isEqualTo(TierScheme.STANDARD);
    assertThat(any.influencersOutsideTargetTiers()).containsExactly(tiny);
  }

  @Test
  void addsUpTheEstimates() {
    assertThat(MICRO_CAMPAIGN.expectedReach()).isEqualTo(2_054_000);
    assertThat(MICRO_CAMPAIGN.expectedEngagements()).isEqualTo(2_500 + 400);
    assertThat(MICRO_CAMPAIGN.fees())
        .isEqualTo(MultiCurrencyAmount.of(Money.parse("TWD 325000")));
    // Only @mia and @lin have an engagement rate: TWD 25,000 / 2,900 = 8.6206… -> 8.62
    assertThat(MICRO_CAMPAIGN.costPerEngagement()).contains(Money.parse("TWD 8.62"));
  }

  @Test
  void noCostPerEngagementAcrossCurrencies() {
    InfluencerCampaign mixed =
        InfluencerCampaign.builder()
            .name("mixed")
            .addInfluencers(
                MIA,
                Influencer.of("@us", Platform.TIKTOK, 10_000, Money.parse("USD 100.00"))
                    .withEngagementRate(Ratio.ofPercent(3)))
            .build();
    assertThat(mixed.costPerEngagement()).isEmpty();
    assertThat(mixed.fees().currencies()).hasSize(2);
    assertThat(InfluencerCampaign.builder().name("empty").build().costPerEngagement()).isEmpty();
  }

  @Test
  void usesTheInfluencersPlatforms() {
    assertThat(MICRO_CAMPAIGN.platforms()).containsExactly(Platform.INSTAGRAM, Platform.TIKTOK);
    assertThat(MICRO_CAMPAIGN.kind()).isEqualTo(TacticKind.INFLUENCER);
  }

  @Test
  void equalByValue() {
    InfluencerCampaign same = InfluencerCampaign.builder().from(MICRO_CAMPAIGN).build();
    assertThat(same).isEqualTo(MICRO_CAMPAIGN).hasSameHashCodeAs(MICRO_CAMPAIGN);
    assertThat(same.toString()).contains("@mia.mornings", "source article");
  }
}
