package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Persona;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class InfluencerTest {
  private static final Money FEE = Money.parse("USD 5000.00");
  /** 50,000 followers at 5 % engagement: 2,500 engagements; $5,000 ÷ 2,500 = $2 (metrics.md). */
  private static final Influencer MIA =
      Influencer.of("@mia.mornings", Platform.INSTAGRAM, 50_000, FEE)
          .withEngagementRate(Ratio.ofPercent(5))
          .withReachRate(Ratio.of(30, 100));

  @Test
  void mayDescribeItsFollowers() {
    Audience followers =
        Audience.of(
            Persona.builder()
                .name("Mia's followers")
                .ageRange(AgeRange.of(22, 35))
                .genderMix(GenderMix.womenAndMen(0.8))
                .build());
    assertThat(MIA.audience()).isEmpty();
    assertThat(MIA.withAudience(followers).audience()).contains(followers);
    assertThat(MIA.withAudience(followers)).isNotEqualTo(MIA);
  }

  @Test
  void estimatesEngagementsReachAndCostPerEngagement() {
    assertThat(MIA.expectedEngagements()).hasValue(2_500);
    assertThat(MIA.expectedReach()).isEqualTo(15_000);
    assertThat(MIA.costPerEngagement()).contains(Money.parse("USD 2.00"));
  }

  @Test
  void withoutRatesReachIsTheFollowersAndNoCostCanBeEstimated() {
    Influencer unknown = Influencer.of("@lin", Platform.TIKTOK, 8_000, FEE);
    assertThat(unknown.expectedReach()).isEqualTo(8_000);
    assertThat(unknown.expectedEngagements()).isEmpty();
    assertThat(unknown.costPerEngagement()).isEmpty();
    Influencer silent = unknown.withEngagementRate(Ratio.of(0, 8_000));
    assertThat(silent.expectedEngagements()).hasValue(0);
    assertThat(silent.costPerEngagement()).isEmpty();
    assertThat(unknown.withEngagementRate(Ratio.EMPTY).expectedEngagements()).isEmpty();
  }

  @Test
  void roundsCostPerEngagementHalfEven() {
    // $100 / 3 engagements = $33.333… -> $33.33
    Influencer three =
        Influencer.of("@a", Platform.X, 100, Money.parse("USD 100.00"))
            .withEngagementRate(Ratio.of(3, 100));
    assertThat(three.costPerEngagement()).contains(Money.parse("USD 33.33"));
  }

  @Test
  void hasATierPerScheme() {
    Influencer fiveThousand = Influencer.of("@b", Platform.INSTAGRAM, 5_000, FEE);
    assertThat(fiveThousand.tier(TierScheme.STANDARD)).contains(InfluencerTier.NANO);
    assertThat(fiveThousand.tier(TierScheme.ARTICLE)).contains(InfluencerTier.MICRO);
    assertThat(MIA.tier(TierScheme.STANDARD)).contains(InfluencerTier.MICRO);
  }

  @Test
  void equalByValue() {
    Influencer same =
        Influencer.builder()
            .handle("@mia.mornings")
            .platform(Platform.INSTAGRAM)
            .followers(50_000)
            .fee(FEE)
            .engagementRate(Ratio.ofPercent(5))
            .reachRate(Ratio.of(30, 100))
            .build();
    assertThat(same).isEqualTo(MIA).hasSameHashCodeAs(MIA);
    assertThat(same.toString()).contains("@mia.mornings", "USD 5000.00");
  }

  @Test
  void refusesNegativeNumbers() {
    assertThatThrownBy(() -> Influencer.of("@x", Platform.X, -1, FEE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("followers must not be negative: -1");
    assertThatThrownBy(() -> Influencer.of("@x", Platform.X, 1, Money.parse("USD -1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fee must not be negative: USD -1.00");
    assertThatThrownBy(() -> MIA.withEngagementRate(Ratio.of(-5, 100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("engagementRate must not be negative");
    assertThatThrownBy(() -> MIA.withReachRate(Ratio.ofFraction(-0.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("reachRate must not be negative");
    assertThatThrownBy(() -> Influencer.of(" ", Platform.X, 1, FEE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("handle must not be blank: \" \"");
  }
}
