package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.facebookPhoto;
import static dev.socialplan.analytics.aggregate.Fixtures.facebookStatus;
import static dev.socialplan.analytics.aggregate.Fixtures.linkedinDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.analytics.metric.EngagementComponent;
import dev.socialplan.analytics.metric.EngagementDenominator;
import dev.socialplan.analytics.metric.EngagementRate;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PerformanceRecordTest {
  private static PerformanceRecord.Builder minimal() {
    return PerformanceRecord.builder()
        .platform(Platform.X)
        .publishedAt(Instant.parse("2025-01-01T12:00:00Z"))
        .format(PostFormat.TEXT)
        .purpose(PostPurpose.INFORM);
  }

  @Test
  void keepsItsPartsAndMissingCountsStayMissing() {
    assertThat(facebookPhoto().platform()).isEqualTo(Platform.FACEBOOK);
    assertThat(facebookPhoto().format()).isEqualTo(PostFormat.IMAGE);
    assertThat(facebookPhoto().purpose()).isEqualTo(PostPurpose.PROMOTE);
    assertThat(facebookPhoto().paid()).isEqualTo(PaidStatus.PAID);
    assertThat(facebookPhoto().postId()).contains("fb-1");
    assertThat(facebookPhoto().impressions()).hasValue(5_091);
    assertThat(facebookPhoto().reach()).hasValue(2_752);
    assertThat(facebookPhoto().followers()).hasValue(139_441);
    assertThat(facebookPhoto().reactions()).hasValue(79);
    assertThat(facebookPhoto().comments()).hasValue(4);
    assertThat(facebookPhoto().shares()).hasValue(17);
    assertThat(facebookPhoto().clicks()).hasValue(109);
    assertThat(facebookPhoto().views()).isEmpty();
    assertThat(facebookPhoto().saves()).isEmpty();
    assertThat(facebookPhoto().follows()).isEmpty();
    assertThat(facebookPhoto().videoStarts()).isEmpty();
    assertThat(facebookPhoto().videoCompletions()).isEmpty();
    assertThat(facebookPhoto().conversions()).isEmpty();
    assertThat(facebookPhoto().has(Measure.SHARES)).isTrue();
    assertThat(facebookStatus().has(Measure.SHARES)).isFalse();
    assertThat(facebookStatus().count(Measure.SHARES)).isEqualTo(OptionalLong.empty());
    assertThat(facebookPhoto().spend()).contains(Money.parse("USD 12.50"));
    assertThat(facebookPhoto().amount(MoneyMeasure.REVENUE)).contains(Money.parse("USD 40.00"));
    assertThat(facebookStatus().amount(MoneyMeasure.SPEND)).isEmpty();
  }

  @Test
  void zeroIsAValueNotAMissingCount() {
    assertThat(linkedinDocument().shares()).hasValue(0);
    assertThat(linkedinDocument().has(Measure.SHARES)).isTrue();
    assertThat(linkedinDocument().has(Measure.REACH)).isFalse();
  }

  @Test
  void paidStatusDefaultsToUnknown() {
    assertThat(minimal().build().paid()).isEqualTo(PaidStatus.UNKNOWN);
  }

  @Test
  void engagementRateUsesThePlatformDefinition() {
    // docs/metrics.md: LinkedIn 751 + 439 + 23 = 1,213 ÷ 7,000 impressions.
    EngagementRate rate = linkedinDocument().engagementRate();
    assertThat(rate.rate()).isEqualTo(Ratio.of(1_213, 7_000));
    assertThat(rate.denominator()).contains(EngagementDenominator.IMPRESSIONS);
    assertThat(linkedinDocument().engagementCounts().clicks()).hasValue(751);
    assertThat(linkedinDocument().exposure().reach()).isEmpty();
  }

  @Test
  void aMissingComponentMakesTheDefaultRateUndefined() {
    EngagementRate rate = facebookStatus().engagementRate();
    assertThat(rate.isDefined()).isFalse();
    assertThat(rate.missingComponents()).containsExactly(EngagementComponent.SHARES);
  }

  @Test
  void reportsImpossibleCombinationsWithoutRefusingThem() {
    PerformanceRecord odd =
        minimal().impressions(100).reach(120).clicks(150).videoStarts(10).videoCompletions(11).build();
    assertThat(odd.anomalies())
        .extracting(PerformanceAnomaly::code)
        .containsExactly(
            "REACH_ABOVE_IMPRESSIONS", "CLICKS_ABOVE_IMPRESSIONS", "VIDEO_COMPLETIONS_ABOVE_VIDEO_STARTS");
    assertThat(odd.anomalies().get(0).message()).isEqualTo("reach 120 is above impressions 100");
    assertThat(facebookPhoto().anomalies()).isEmpty();
    assertThat(minimal().reach(120).build().anomalies()).isEmpty();
  }

  @Test
  void refusesNegativeCountsAndAmountsNamingTheField() {
    assertThatThrownBy(() -> minimal().videoStarts(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("videoStarts must not be negative: -1");
    assertThatThrownBy(() -> minimal().spend(Money.parse("USD -0.01")))
        .hasMessage("spend must not be negative: USD -0.01");
    assertThatThrownBy(() -> minimal().count(Measure.REACH, -3))
        .hasMessage("reach must not be negative: -3");
    assertThatThrownBy(() -> minimal().amount(MoneyMeasure.REVENUE, Money.parse("USD -1.00")))
        .hasMessage("revenue must not be negative: USD -1.00");
  }

  @Test
  void refusesMissingRequiredFieldsAndImpossibleDates() {
    assertThatThrownBy(() -> PerformanceRecord.builder().platform(Platform.X).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build PerformanceRecord, required fields are not set: [publishedAt, format, purpose]");
    assertThatThrownBy(() -> minimal().publishedAt(Instant.parse("1969-12-31T23:59:59Z")))
        .hasMessage("publishedAt must be from 1970 to the end of 9999: 1969-12-31T23:59:59Z");
  }

  @Test
  void toBuilderDerivesChangedCopies() {
    PerformanceRecord withShares = facebookStatus().toBuilder().shares(29).build();
    assertThat(withShares.shares()).hasValue(29);
    assertThat(withShares).isNotEqualTo(facebookStatus());
    assertThat(withShares.toBuilder().missing(Measure.SHARES).build()).isEqualTo(facebookStatus());
    assertThat(
            facebookPhoto().toBuilder()
                .missing(MoneyMeasure.SPEND)
                .missing(MoneyMeasure.REVENUE)
                .build()
                .spend())
        .isEmpty();
    assertThat(facebookPhoto().toBuilder().build()).isEqualTo(facebookPhoto());
  }

  @Test
  void equalByValueReadableAndSerialisable() {
    assertThat(facebookPhoto().toBuilder().build()).hasSameHashCodeAs(facebookPhoto());
    assertThat(facebookPhoto().toString())
        .startsWith("PerformanceRecord{fb-1, Facebook, 2025-03-04T14:30:00Z, IMAGE, PROMOTE, PAID")
        .contains("impressions=5091")
        .contains("spend=USD 12.50")
        .doesNotContain("views");
    assertThat(Serialization.roundTrip(facebookPhoto())).isEqualTo(facebookPhoto());
    new EqualsTester()
        .addEqualityGroup(facebookPhoto(), facebookPhoto().toBuilder().build())
        .addEqualityGroup(facebookPhoto().toBuilder().shares(1).build())
        .addEqualityGroup(facebookPhoto().toBuilder().postId("fb-2").build())
        .addEqualityGroup(facebookStatus())
        .testEquals();
  }

  private static PerformanceRecord labelled() {
    return facebookPhoto().toBuilder()
        .account("acme.tw")
        .permalink("https://www.facebook.com/acme/posts/1")
        .campaign("spring sale")
        .pillar("skincare tips")
        .addHashtag("#glow")
        .addHashtag("sale")
        .addHashtag("glow")
        .linkClicks(40)
        .engagedUsers(178)
        .videoWatchTime(java.time.Duration.ofSeconds(95, 500_000_000))
        .averageVideoWatchTime(java.time.Duration.ofMillis(3_250))
        .build();
  }

  @Test
  void carriesAccountLabelsAndTheNewCountsAndKeepsMissingMissing() {
    assertThat(labelled().account()).hasValue("acme.tw");
    assertThat(labelled().permalink()).hasValue("https://www.facebook.com/acme/posts/1");
    assertThat(labelled().campaign()).hasValue("spring sale");
    assertThat(labelled().pillar()).hasValue("skincare tips");
    // The leading '#' is dropped and an exact repeat is not kept.
    assertThat(labelled().hashtags()).containsExactly("glow", "sale");
    assertThat(labelled().linkClicks()).hasValue(40);
    assertThat(labelled().clicks()).hasValue(109);
    assertThat(labelled().engagedUsers()).hasValue(178);
    assertThat(labelled().count(Measure.VIDEO_WATCH_TIME)).hasValue(95_500);
    assertThat(labelled().videoWatchTime()).hasValue(java.time.Duration.ofMillis(95_500));
    assertThat(labelled().averageVideoWatchTime()).hasValue(java.time.Duration.ofMillis(3_250));
    assertThat(facebookPhoto().account()).isEmpty();
    assertThat(facebookPhoto().hashtags()).isEmpty();
    assertThat(facebookPhoto().linkClicks()).isEmpty();
    assertThat(facebookPhoto().engagedUsers()).isEmpty();
    assertThat(facebookPhoto().videoWatchTime()).isEmpty();
    assertThat(facebookPhoto().averageVideoWatchTime()).isEmpty();
    assertThat(labelled().toBuilder().missingAverageVideoWatchTime().build().averageVideoWatchTime())
        .isEmpty();
    assertThat(labelled().toBuilder().build()).isEqualTo(labelled()).hasSameHashCodeAs(labelled());
    assertThat(labelled()).isNotEqualTo(labelled().toBuilder().account("acme").build());
    assertThat(labelled()).isNotEqualTo(labelled().toBuilder().hashtags(List.of("glow")).build());
    assertThat(Serialization.roundTrip(labelled())).isEqualTo(labelled());
    assertThat(labelled().toString())
        .contains("@acme.tw")
        .contains("campaign=spring sale")
        .contains("hashtags=[glow, sale]")
        .contains("linkClicks=40");
  }

  @Test
  void refusesBlankLabelsHashtagsWithSpacesAndNegativeWatchTimes() {
    PerformanceRecord.Builder b = facebookPhoto().toBuilder();
    assertThatThrownBy(() -> b.account(" ")).hasMessageContaining("account");
    assertThatThrownBy(() -> b.campaign("")).hasMessageContaining("campaign");
    assertThatThrownBy(() -> b.pillar("\t")).hasMessageContaining("pillar");
    assertThatThrownBy(() -> b.permalink(" ")).hasMessageContaining("permalink");
    assertThatThrownBy(() -> b.addHashtag("#")).hasMessageContaining("hashtag");
    assertThatThrownBy(() -> b.addHashtag("two words")).hasMessageContaining("\"two words\"");
    assertThatThrownBy(() -> b.videoWatchTime(java.time.Duration.ofSeconds(-1)))
        .hasMessageContaining("videoWatchTime");
    assertThatThrownBy(() -> b.averageVideoWatchTime(java.time.Duration.ofMillis(-1)))
        .hasMessageContaining("averageVideoWatchTime");
  }

  @Test
  void linkClicksAboveClicksAndEngagedUsersAboveReachAreAnomalies() {
    PerformanceRecord odd = facebookPhoto().toBuilder().linkClicks(110).engagedUsers(2_753).build();
    assertThat(odd.anomalies())
        .extracting(PerformanceAnomaly::measure)
        .containsExactly(Measure.LINK_CLICKS, Measure.ENGAGED_USERS);
    assertThat(labelled().anomalies()).isEmpty();
  }

  @Test
  void eachDetailSetAloneIsKept() {
    // A record with no details shares an empty set of them: each detail must still be kept when it
    // is the only one given.
    Money spend = Money.parse("USD 3.00");
    Money revenue = Money.parse("USD 8.00");
    assertThat(minimal().spend(spend).build().spend()).contains(spend);
    assertThat(minimal().revenue(revenue).build().revenue()).contains(revenue);
    assertThat(minimal().postId("x-1").build().postId()).contains("x-1");
    assertThat(minimal().account("acme").build().account()).contains("acme");
    assertThat(minimal().permalink("https://x.com/acme/status/1").build().permalink())
        .contains("https://x.com/acme/status/1");
    assertThat(minimal().campaign("spring").build().campaign()).contains("spring");
    assertThat(minimal().pillar("tips").build().pillar()).contains("tips");
    assertThat(minimal().addHashtag("glow").build().hashtags()).containsExactly("glow");
    assertThat(minimal().averageVideoWatchTime(java.time.Duration.ofMillis(1_500)).build().averageVideoWatchTime())
        .contains(java.time.Duration.ofMillis(1_500));
    assertThat(minimal().impressions(1L << 40).build().impressions()).hasValue(1L << 40);
    assertThat(minimal().build().spend()).isEmpty();
    assertThat(minimal().build().hashtags()).isEmpty();
  }

  @Test
  void everyBuilderStepReturnsTheBuilder() {
    PerformanceRecord.Builder b = minimal();
    assertThat(b.saves(1)).isSameAs(b);
    assertThat(b.follows(2)).isSameAs(b);
    assertThat(b.conversions(3)).isSameAs(b);
    assertThat(b.amount(MoneyMeasure.SPEND, Money.parse("EUR 1.00"))).isSameAs(b);
    assertThat(b.amount(MoneyMeasure.REVENUE, Money.parse("EUR 4.00"))).isSameAs(b);
    PerformanceRecord r = b.build();
    assertThat(r.count(Measure.SAVES)).hasValue(1);
    assertThat(r.count(Measure.FOLLOWS)).hasValue(2);
    assertThat(r.count(Measure.CONVERSIONS)).hasValue(3);
    assertThat(r.spend()).contains(Money.parse("EUR 1.00"));
    assertThat(r.revenue()).contains(Money.parse("EUR 4.00"));
    PerformanceRecord noSpend = r.toBuilder().missing(MoneyMeasure.SPEND).build();
    assertThat(noSpend.spend()).isEmpty();
    assertThat(noSpend.revenue()).contains(Money.parse("EUR 4.00"));
    PerformanceRecord noRevenue = r.toBuilder().missing(MoneyMeasure.REVENUE).build();
    assertThat(noRevenue.spend()).contains(Money.parse("EUR 1.00"));
    assertThat(noRevenue.revenue()).isEmpty();
  }

  @Test
  void aCountEqualToItsBoundIsNoAnomaly() {
    PerformanceRecord even =
        minimal().impressions(100).reach(100).clicks(100).linkClicks(100).engagedUsers(100)
            .videoStarts(7).videoCompletions(7).build();
    assertThat(even.anomalies()).isEmpty();
  }

  @Test
  void manyHashtagsKeepTheirOrderWithoutRepeats() {
    PerformanceRecord.Builder b = minimal();
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      assertThat(b.addHashtag("tag" + i)).isSameAs(b);
      expected.add("tag" + i);
      // Each repeat, early or late, is dropped, with the chain unbroken.
      assertThat(b.addHashtag("#tag" + (i / 2))).isSameAs(b);
    }
    PerformanceRecord r = b.build();
    assertThat(r.hashtags()).containsExactlyElementsOf(expected);
    PerformanceRecord.Builder again = r.toBuilder();
    assertThat(again.addHashtag("tag3")).isSameAs(again);
    assertThat(again.addHashtag("tag12").build().hashtags()).hasSize(13).endsWith("tag12");
    assertThat(minimal().hashtags(expected.subList(0, 3)).build().toBuilder().addHashtag("tag1").addHashtag("x").build().hashtags())
        .containsExactly("tag0", "tag1", "tag2", "x");
  }
}
