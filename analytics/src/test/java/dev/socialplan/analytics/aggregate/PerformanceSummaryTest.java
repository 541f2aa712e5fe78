package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.ALL;
import static dev.socialplan.analytics.aggregate.Fixtures.FACEBOOK_PHOTO;
import static dev.socialplan.analytics.aggregate.Fixtures.FACEBOOK_STATUS;
import static dev.socialplan.analytics.aggregate.Fixtures.INSTAGRAM_REEL;
import static dev.socialplan.analytics.aggregate.Fixtures.LINKEDIN_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.analytics.metric.EngagementComponent;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.metric.EngagementDenominator;
import dev.socialplan.analytics.metric.EngagementRate;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PerformanceSummaryTest {
  private static PerformanceSummary fourPosts() {
    return PerformanceSummary.of(ALL);
  }

  @Test
  void sumsPresentValuesAndCountsMissingOnes() {
    assertThat(fourPosts().count()).isEqualTo(4);
    assertThat(fourPosts().sum(Measure.IMPRESSIONS)).isEqualTo(5_091 + 19_057 + 7_000);
    assertThat(fourPosts().present(Measure.IMPRESSIONS)).isEqualTo(3);
    assertThat(fourPosts().missing(Measure.IMPRESSIONS)).isEqualTo(1);
    assertThat(fourPosts().sum(Measure.SHARES)).isEqualTo(17 + 40 + 0);
    assertThat(fourPosts().missing(Measure.SHARES)).isEqualTo(1);
    assertThat(fourPosts().sum(Measure.FOLLOWS)).isZero();
    assertThat(fourPosts().present(Measure.FOLLOWS)).isEqualTo(1);
    assertThat(fourPosts().missing(Measure.VIDEO_STARTS)).isEqualTo(3);
  }

  @Test
  void sumsMoneyPerCurrencyExactly() {
    assertThat(fourPosts().spend())
        .containsEntry(CurrencyUnit.USD, Money.parse("USD 12.50"))
        .containsEntry(CurrencyUnit.EUR, Money.parse("EUR 5.00"))
        .hasSize(2);
    assertThat(fourPosts().revenue()).containsOnlyKeys(CurrencyUnit.USD);
    assertThat(fourPosts().total(MoneyMeasure.REVENUE, CurrencyUnit.EUR)).isEqualTo(Money.zero(CurrencyUnit.EUR));
    assertThat(fourPosts().total(MoneyMeasure.SPEND)).isEqualTo(fourPosts().spend());
    assertThat(fourPosts().present(MoneyMeasure.SPEND)).isEqualTo(3);
    assertThat(fourPosts().missing(MoneyMeasure.SPEND)).isEqualTo(1);
    assertThat(fourPosts().missing(MoneyMeasure.REVENUE)).isEqualTo(3);
  }

  @Test
  void derivesPooledRatesAndAveragesFromTheSums() {
    PerformanceSummary facebook = PerformanceSummary.of(List.of(FACEBOOK_PHOTO, FACEBOOK_STATUS));
    assertThat(facebook.pooledRate(Measure.CLICKS, Measure.IMPRESSIONS))
        .isEqualTo(Ratio.of(109 + 1_361, 5_091 + 19_057));
    assertThat(facebook.averagePerPost(Measure.REACH))
        .isEqualTo(dev.socialplan.metric.CountRate.perPost(2_752 + 10_460, 2));
    assertThat(facebook.averagePerPost(Measure.VIEWS).isDefined()).isFalse();
  }

  @Test
  void pooledEngagementRateUsesOnlyFieldsEveryRecordHas() {
    PerformanceSummary facebook = PerformanceSummary.of(List.of(FACEBOOK_PHOTO, FACEBOOK_STATUS));
    EngagementDefinition definition = EngagementDefinition.forPlatform(Platform.FACEBOOK);
    EngagementRate strict = facebook.pooledEngagementRate(definition);
    assertThat(strict.isDefined()).isFalse();
    assertThat(strict.missingComponents()).containsExactly(EngagementComponent.SHARES);
    EngagementRate lenient =
        facebook.pooledEngagementRate(definition.withSumsAvailableComponents(true));
    assertThat(lenient.rate()).isEqualTo(Ratio.of(79 + 4 + 109 + 130 + 5 + 1_361, 5_091 + 19_057));
    assertThat(lenient.denominator()).contains(EngagementDenominator.IMPRESSIONS);
    assertThat(PerformanceSummary.empty().pooledEngagementRate(definition).isDefined()).isFalse();
  }

  @Test
  void mergeIsAssociativeCommutativeWithEmptyAsIdentity() {
    PerformanceSummary a = PerformanceSummary.of(List.of(FACEBOOK_PHOTO));
    PerformanceSummary b = PerformanceSummary.of(List.of(FACEBOOK_STATUS, INSTAGRAM_REEL));
    PerformanceSummary c = PerformanceSummary.of(List.of(LINKEDIN_DOCUMENT));
    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c))).isEqualTo(fourPosts());
    assertThat(c.merge(a).merge(b)).isEqualTo(fourPosts());
    assertThat(a.merge(PerformanceSummary.empty())).isEqualTo(a);
    assertThat(PerformanceSummary.empty().merge(a)).isEqualTo(a);
    assertThat(PerformanceSummary.empty().plus(FACEBOOK_PHOTO)).isEqualTo(a);
  }

  @Test
  void collectsFromParallelStreams() {
    assertThat(ALL.parallelStream().collect(PerformanceSummary.collector())).isEqualTo(fourPosts());
    assertThat(List.<PerformanceRecord>of().stream().collect(PerformanceSummary.collector()))
        .isEqualTo(PerformanceSummary.empty());
  }

  @Test
  void overflowThrowsRatherThanWraps() {
    PerformanceRecord huge =
        PerformanceRecord.builder()
            .platform(Platform.X)
            .publishedAt(Instant.parse("2025-01-01T00:00:00Z"))
            .format(PostFormat.TEXT)
            .purpose(PostPurpose.INFORM)
            .impressions(Long.MAX_VALUE)
            .build();
    PerformanceSummary once = PerformanceSummary.of(List.of(huge));
    assertThatThrownBy(() -> once.plus(huge)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void readableEqualAndSerialisable() {
    assertThat(fourPosts().toString())
        .startsWith("PerformanceSummary{count=4, impressions=31148 (1 missing)")
        .contains("videoStarts=14200 (3 missing)")
        .contains("spend=[EUR 5.00, USD 12.50] (1 missing)");
    assertThat(PerformanceSummary.of(ALL)).isEqualTo(fourPosts()).hasSameHashCodeAs(fourPosts());
    assertThat(Serialization.roundTrip(fourPosts())).isEqualTo(fourPosts());
    assertThat(fourPosts().toAccumulator().snapshot()).isEqualTo(fourPosts());
    new EqualsTester()
        .addEqualityGroup(fourPosts(), PerformanceSummary.of(ALL), fourPosts().toAccumulator().snapshot())
        .addEqualityGroup(PerformanceSummary.of(ALL.subList(0, 3)))
        .addEqualityGroup(PerformanceSummary.of(List.of()))
        .testEquals();
  }
}
