package dev.socialplan.analytics.metric;

import static dev.socialplan.analytics.metric.EngagementDenominator.IMPRESSIONS;
import static dev.socialplan.analytics.metric.EngagementDenominator.REACH;
import static dev.socialplan.analytics.metric.EngagementDenominator.VIEWS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import org.junit.jupiter.api.Test;

class EngagementRateTest {
  private static EngagementDefinition linkedin() {
    return EngagementDefinition.forPlatform(Platform.LINKEDIN);
  }

  /** docs/metrics.md: LinkedIn 751 + 439 + 23 = 1,213 ÷ 7,000 impressions → 17.33 %. */
  private static EngagementCounts linkedinPost() {
    return EngagementCounts.builder().clicks(751).reactions(439).comments(23).shares(0).follows(0).build();
  }

  private static Exposure sevenThousandImpressions() {
    return Exposure.builder().impressions(7_000).reach(5_000).build();
  }

  @Test
  void linkedInWorkedExample() {
    EngagementRate rate = EngagementRate.of(linkedin(), linkedinPost(), sevenThousandImpressions());
    assertThat(rate.rate()).isEqualTo(Ratio.of(1_213, 7_000));
    assertThat(rate.rate().asPercent().getAsDouble()).isCloseTo(17.33, within(0.005));
    assertThat(rate.engagements()).hasValue(1_213);
    assertThat(rate.denominator()).contains(IMPRESSIONS);
    assertThat(rate.countedComponents()).isEqualTo(linkedin().components());
    assertThat(rate.missingComponents()).isEmpty();
    assertThat(rate.skippedDenominators()).isEmpty();
    assertThat(rate.isDefined()).isTrue();
    assertThat(rate.isComplete()).isTrue();
  }

  @Test
  void fallsBackToTheNextMeasuredDenominatorAndSaysSo() {
    Exposure reachOnly = Exposure.builder().reach(5_000).build();
    EngagementRate rate = EngagementRate.of(linkedin(), linkedinPost(), reachOnly);
    assertThat(rate.denominator()).contains(REACH);
    assertThat(rate.skippedDenominators()).containsExactly(IMPRESSIONS);
    assertThat(rate.rate()).isEqualTo(Ratio.of(1_213, 5_000));
    assertThat(rate.isComplete()).isFalse();
  }

  @Test
  void noMeasuredDenominatorIsUndefinedAndNamesWhatWasTried() {
    EngagementRate rate = EngagementRate.of(linkedin(), linkedinPost(), Exposure.builder().build());
    assertThat(rate.isDefined()).isFalse();
    assertThat(rate.rate().value()).isEmpty();
    assertThat(rate.denominator()).isEmpty();
    assertThat(rate.skippedDenominators()).isEqualTo(linkedin().denominators());
    assertThat(rate.engagements()).hasValue(1_213);
  }

  @Test
  void aMeasuredZeroDenominatorIsUsedAndUndefined() {
    Exposure zero = Exposure.builder().impressions(0).reach(5_000).build();
    EngagementRate rate = EngagementRate.of(linkedin(), linkedinPost(), zero);
    assertThat(rate.denominator()).contains(IMPRESSIONS);
    assertThat(rate.isDefined()).isFalse();
  }

  @Test
  void aMissingComponentMakesTheRateUndefinedUnlessAvailableOnesAreSummed() {
    EngagementCounts noFollows =
        EngagementCounts.builder().clicks(751).reactions(439).comments(23).shares(0).build();
    EngagementRate strict = EngagementRate.of(linkedin(), noFollows, sevenThousandImpressions());
    assertThat(strict.isDefined()).isFalse();
    assertThat(strict.engagements()).isEmpty();
    assertThat(strict.missingComponents()).containsExactly(EngagementComponent.FOLLOWS);

    EngagementRate lenient =
        EngagementRate.of(
            linkedin().withSumsAvailableComponents(true), noFollows, sevenThousandImpressions());
    assertThat(lenient.rate()).isEqualTo(Ratio.of(1_213, 7_000));
    assertThat(lenient.missingComponents()).containsExactly(EngagementComponent.FOLLOWS);
    assertThat(lenient.isComplete()).isFalse();
  }

  @Test
  void noMeasuredComponentIsUndefinedEvenWhenSummingAvailableOnes() {
    EngagementRate rate =
        EngagementRate.of(
            linkedin().withSumsAvailableComponents(true),
            EngagementCounts.builder().build(),
            sevenThousandImpressions());
    assertThat(rate.isDefined()).isFalse();
    assertThat(rate.engagements()).isEmpty();
    assertThat(rate.missingComponents()).hasSize(5);
  }

  @Test
  void instagramDividesByViewsWhenReachIsMissing() {
    EngagementCounts post =
        EngagementCounts.builder().reactions(300).comments(20).saves(40).shares(40).build();
    EngagementRate rate =
        EngagementRate.of(
            EngagementDefinition.forPlatform(Platform.INSTAGRAM),
            post,
            Exposure.builder().views(10_000).build());
    assertThat(rate.denominator()).contains(VIEWS);
    assertThat(rate.rate()).isEqualTo(Ratio.of(400, 10_000));
  }

  @Test
  void readableAndEqualByValue() {
    EngagementRate a = EngagementRate.of(linkedin(), linkedinPost(), sevenThousandImpressions());
    EngagementRate b = EngagementRate.of(linkedin(), linkedinPost(), sevenThousandImpressions());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).contains("IMPRESSIONS").contains("1213");
  }
}
