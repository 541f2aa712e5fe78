package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.all;
import static dev.socialplan.analytics.aggregate.Fixtures.facebookPhoto;
import static dev.socialplan.analytics.aggregate.Fixtures.facebookStatus;
import static dev.socialplan.analytics.aggregate.Fixtures.instagramReel;
import static dev.socialplan.analytics.aggregate.Fixtures.linkedinDocument;
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
    return PerformanceSummary.of(all());
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
    PerformanceSummary facebook = PerformanceSummary.of(List.of(facebookPhoto(), facebookStatus()));
    assertThat(facebook.pooledRate(Measure.CLICKS, Measure.IMPRESSIONS))
        .isEqualTo(Ratio.of(109 + 1_361, 5_091 + 19_057));
    assertThat(facebook.averagePerPost(Measure.REACH))
        .isEqualTo(dev.socialplan.metric.CountRate.perPost(2_752 + 10_460, 2));
    assertThat(facebook.averagePerPost(Measure.VIEWS).isDefined()).isFalse();
  }

  @Test
  void pooledEngagementRateUsesOnlyFieldsEveryRecordHas() {
    PerformanceSummary facebook = PerformanceSummary.of(List.of(facebookPhoto(), facebookStatus()));
    EngagementDefinition definition = EngagementDefinition.forPlatform(Platform.FACEBOOK);
    EngagementRate strict = facebook.pooledEngagementRate(definition);
    assertThat(strict.isDefined()).isFalse();
    assertThat(strict.missingComponents()).containsExactly(EngagementComponent.SHARES);
    EngagementRate lenient =
        facebook.pooledEngagementRate(definition.withSumsAvailableComponents(true));
    assertThat(lenient.rate()).isEqualTo(Ratio.of(79 + 4 + 109 + 130 + 5 + 1_361, 5_091 + 19_057));
    assertThat(lenient.denominator()).contains(EngagementDenominator.IMPRESSIONS);
    assertThat(PerformanceSummary.empty().pooledEngagementRate(definition).isDefined()).isFalse();
    // No records: no count and no denominator is known, rather than every one being zero.
    EngagementRate none = PerformanceSummary.empty().pooledEngagementRate(definition);
    assertThat(none.countedComponents()).isEmpty();
    assertThat(none.missingComponents()).isEqualTo(definition.components());
    assertThat(none.denominator()).isEmpty();
    assertThat(none.skippedDenominators()).isEqualTo(definition.denominators());
  }

  @Test
  void mergeIsAssociativeCommutativeWithEmptyAsIdentity() {
    PerformanceSummary a = PerformanceSummary.of(List.of(facebookPhoto()));
    PerformanceSummary b = PerformanceSummary.of(List.of(facebookStatus(), instagramReel()));
    PerformanceSummary c = PerformanceSummary.of(List.of(linkedinDocument()));
    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c))).isEqualTo(fourPosts());
    assertThat(c.merge(a).merge(b)).isEqualTo(fourPosts());
    assertThat(a.merge(PerformanceSummary.empty())).isEqualTo(a);
    assertThat(PerformanceSummary.empty().merge(a)).isEqualTo(a);
    assertThat(PerformanceSummary.empty().plus(facebookPhoto())).isEqualTo(a);
  }

  @Test
  void collectsFromParallelStreams() {
    assertThat(all().parallelStream().collect(PerformanceSummary.collector())).isEqualTo(fourPosts());
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
    assertThat(PerformanceSummary.of(all())).isEqualTo(fourPosts()).hasSameHashCodeAs(fourPosts());
    assertThat(Serialization.roundTrip(fourPosts())).isEqualTo(fourPosts());
    assertThat(fourPosts().toAccumulator().snapshot()).isEqualTo(fourPosts());
    new EqualsTester()
        .addEqualityGroup(fourPosts(), PerformanceSummary.of(all()), fourPosts().toAccumulator().snapshot())
        .addEqualityGroup(PerformanceSummary.of(all().subList(0, 3)))
        .addEqualityGroup(PerformanceSummary.of(List.of()))
        .testEquals();
  }

  @Test
  void readableFormListsSumsAndMissingCountsExactly() {
    PerformanceRecord a =
        PerformanceRecord.builder()
            .platform(Platform.FACEBOOK)
            .publishedAt(Instant.parse("2025-03-04T14:30:00Z"))
            .format(PostFormat.IMAGE)
            .purpose(PostPurpose.PROMOTE)
            .impressions(100)
            .reach(40)
            .spend(Money.parse("USD 1.50"))
            .build();
    PerformanceRecord b =
        a.toBuilder()
            .reach(0)
            .missing(MoneyMeasure.SPEND)
            .revenue(Money.parse("USD 9.00"))
            .build();
    PerformanceRecord c = a.toBuilder().missing(Measure.REACH).build();
    PerformanceSummary two = PerformanceSummary.of(List.of(a, b));
    String text = PerformanceSummary.of(List.of(a, b, c)).toString();
    assertThat(text)
        .startsWith("PerformanceSummary{count=3, impressions=300, reach=40 (1 missing), views=3 missing,")
        .endsWith(", spend=[USD 3.00] (1 missing), revenue=[USD 9.00] (2 missing)}");
    assertThat(two.toString())
        .startsWith("PerformanceSummary{count=2, impressions=200, reach=40, views=2 missing,")
        .endsWith(", spend=[USD 1.50] (1 missing), revenue=[USD 9.00] (1 missing)}");
    assertThat(PerformanceSummary.of(List.of(a)).toString())
        .endsWith(", spend=[USD 1.50], revenue=[] (1 missing)}");
    PerformanceSummary full = PerformanceSummary.of(List.of(b));
    assertThat(full.toString()).endsWith(", spend=[] (1 missing), revenue=[USD 9.00]}");
    assertThat(PerformanceSummary.empty().toString())
        .startsWith("PerformanceSummary{count=0, impressions=0, reach=0, views=0,")
        .endsWith("videoWatchTime=0, spend=[], revenue=[]}");
  }
}
