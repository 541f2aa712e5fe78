package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.FACEBOOK_PHOTO;
import static dev.socialplan.analytics.aggregate.Fixtures.FACEBOOK_STATUS;
import static dev.socialplan.analytics.aggregate.Fixtures.LINKEDIN_DOCUMENT;
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
    assertThat(FACEBOOK_PHOTO.platform()).isEqualTo(Platform.FACEBOOK);
    assertThat(FACEBOOK_PHOTO.format()).isEqualTo(PostFormat.IMAGE);
    assertThat(FACEBOOK_PHOTO.purpose()).isEqualTo(PostPurpose.PROMOTE);
    assertThat(FACEBOOK_PHOTO.paid()).isEqualTo(PaidStatus.PAID);
    assertThat(FACEBOOK_PHOTO.postId()).contains("fb-1");
    assertThat(FACEBOOK_PHOTO.impressions()).hasValue(5_091);
    assertThat(FACEBOOK_PHOTO.reach()).hasValue(2_752);
    assertThat(FACEBOOK_PHOTO.followers()).hasValue(139_441);
    assertThat(FACEBOOK_PHOTO.reactions()).hasValue(79);
    assertThat(FACEBOOK_PHOTO.comments()).hasValue(4);
    assertThat(FACEBOOK_PHOTO.shares()).hasValue(17);
    assertThat(FACEBOOK_PHOTO.clicks()).hasValue(109);
    assertThat(FACEBOOK_PHOTO.views()).isEmpty();
    assertThat(FACEBOOK_PHOTO.saves()).isEmpty();
    assertThat(FACEBOOK_PHOTO.follows()).isEmpty();
    assertThat(FACEBOOK_PHOTO.videoStarts()).isEmpty();
    assertThat(FACEBOOK_PHOTO.videoCompletions()).isEmpty();
    assertThat(FACEBOOK_PHOTO.conversions()).isEmpty();
    assertThat(FACEBOOK_PHOTO.has(Measure.SHARES)).isTrue();
    assertThat(FACEBOOK_STATUS.has(Measure.SHARES)).isFalse();
    assertThat(FACEBOOK_STATUS.count(Measure.SHARES)).isEqualTo(OptionalLong.empty());
    assertThat(FACEBOOK_PHOTO.spend()).contains(Money.parse("USD 12.50"));
    assertThat(FACEBOOK_PHOTO.amount(MoneyMeasure.REVENUE)).contains(Money.parse("USD 40.00"));
    assertThat(FACEBOOK_STATUS.amount(MoneyMeasure.SPEND)).isEmpty();
  }

  @Test
  void zeroIsAValueNotAMissingCount() {
    assertThat(LINKEDIN_DOCUMENT.shares()).hasValue(0);
    assertThat(LINKEDIN_DOCUMENT.has(Measure.SHARES)).isTrue();
    assertThat(LINKEDIN_DOCUMENT.has(Measure.REACH)).isFalse();
  }

  @Test
  void paidStatusDefaultsToUnknown() {
    assertThat(minimal().build().paid()).isEqualTo(PaidStatus.UNKNOWN);
  }

  @Test
  void engagementRateUsesThePlatformDefinition() {
    // docs/metrics.md: LinkedIn 751 + 439 + 23 = 1,213 ÷ 7,000 impressions.
    EngagementRate rate = LINKEDIN_DOCUMENT.engagementRate();
    assertThat(rate.rate()).isEqualTo(Ratio.of(1_213, 7_000));
    assertThat(rate.denominator()).contains(EngagementDenominator.IMPRESSIONS);
    assertThat(LINKEDIN_DOCUMENT.engagementCounts().clicks()).hasValue(751);
    assertThat(LINKEDIN_DOCUMENT.exposure().reach()).isEmpty();
  }

  @Test
  void aMissingComponentMakesTheDefaultRateUndefined() {
    EngagementRate rate = FACEBOOK_STATUS.engagementRate();
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
    assertThat(FACEBOOK_PHOTO.anomalies()).isEmpty();
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
    PerformanceRecord withShares = FACEBOOK_STATUS.toBuilder().shares(29).build();
    assertThat(withShares.shares()).hasValue(29);
    assertThat(withShares).isNotEqualTo(FACEBOOK_STATUS);
    assertThat(withShares.toBuilder().missing(Measure.SHARES).build()).isEqualTo(FACEBOOK_STATUS);
    assertThat(
            FACEBOOK_PHOTO.toBuilder()
                .missing(MoneyMeasure.SPEND)
                .missing(MoneyMeasure.REVENUE)
                .build()
                .spend())
        .isEmpty();
    assertThat(FACEBOOK_PHOTO.toBuilder().build()).isEqualTo(FACEBOOK_PHOTO);
  }

  @Test
  void equalByValueReadableAndSerialisable() {
    assertThat(FACEBOOK_PHOTO.toBuilder().build()).hasSameHashCodeAs(FACEBOOK_PHOTO);
    assertThat(FACEBOOK_PHOTO.toString())
        .startsWith("PerformanceRecord{fb-1, Facebook, 2025-03-04T14:30:00Z, IMAGE, PROMOTE, PAID")
        .contains("impressions=5091")
        .contains("spend=USD 12.50")
        .doesNotContain("views");
    assertThat(Serialization.roundTrip(FACEBOOK_PHOTO)).isEqualTo(FACEBOOK_PHOTO);
    new EqualsTester()
        .addEqualityGroup(FACEBOOK_PHOTO, FACEBOOK_PHOTO.toBuilder().build())
        .addEqualityGroup(FACEBOOK_PHOTO.toBuilder().shares(1).build())
        .addEqualityGroup(FACEBOOK_PHOTO.toBuilder().postId("fb-2").build())
        .addEqualityGroup(FACEBOOK_STATUS)
        .testEquals();
  }

  private static final PerformanceRecord LABELLED =
      FACEBOOK_PHOTO.toBuilder()
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

  @Test
  void carriesAccountLabelsAndTheNewCountsAndKeepsMissingMissing() {
    assertThat(LABELLED.account()).hasValue("acme.tw");
    assertThat(LABELLED.permalink()).hasValue("https://www.facebook.com/acme/posts/1");
    assertThat(LABELLED.campaign()).hasValue("spring sale");
    assertThat(LABELLED.pillar()).hasValue("skincare tips");
    // The leading '#' is dropped and an exact repeat is not kept.
    assertThat(LABELLED.hashtags()).containsExactly("glow", "sale");
    assertThat(LABELLED.linkClicks()).hasValue(40);
    assertThat(LABELLED.clicks()).hasValue(109);
    assertThat(LABELLED.engagedUsers()).hasValue(178);
    assertThat(LABELLED.count(Measure.VIDEO_WATCH_TIME)).hasValue(95_500);
    assertThat(LABELLED.videoWatchTime()).hasValue(java.time.Duration.ofMillis(95_500));
    assertThat(LABELLED.averageVideoWatchTime()).hasValue(java.time.Duration.ofMillis(3_250));
    assertThat(FACEBOOK_PHOTO.account()).isEmpty();
    assertThat(FACEBOOK_PHOTO.hashtags()).isEmpty();
    assertThat(FACEBOOK_PHOTO.linkClicks()).isEmpty();
    assertThat(FACEBOOK_PHOTO.engagedUsers()).isEmpty();
    assertThat(FACEBOOK_PHOTO.videoWatchTime()).isEmpty();
    assertThat(FACEBOOK_PHOTO.averageVideoWatchTime()).isEmpty();
    assertThat(LABELLED.toBuilder().missingAverageVideoWatchTime().build().averageVideoWatchTime())
        .isEmpty();
    assertThat(LABELLED.toBuilder().build()).isEqualTo(LABELLED).hasSameHashCodeAs(LABELLED);
    assertThat(LABELLED).isNotEqualTo(LABELLED.toBuilder().account("acme").build());
    assertThat(LABELLED).isNotEqualTo(LABELLED.toBuilder().hashtags(List.of("glow")).build());
    assertThat(Serialization.roundTrip(LABELLED)).isEqualTo(LABELLED);
    assertThat(LABELLED.toString())
        .contains("@acme.tw")
        .contains("campaign=spring sale")
        .contains("hashtags=[glow, sale]")
        .contains("linkClicks=40");
  }

  @Test
  void refusesBlankLabelsHashtagsWithSpacesAndNegativeWatchTimes() {
    PerformanceRecord.Builder b = FACEBOOK_PHOTO.toBuilder();
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
    PerformanceRecord odd = FACEBOOK_PHOTO.toBuilder().linkClicks(110).engagedUsers(2_753).build();
    assertThat(odd.anomalies())
        .extracting(PerformanceAnomaly::measure)
        .containsExactly(Measure.LINK_CLICKS, Measure.ENGAGED_USERS);
    assertThat(LABELLED.anomalies()).isEmpty();
  }
}
