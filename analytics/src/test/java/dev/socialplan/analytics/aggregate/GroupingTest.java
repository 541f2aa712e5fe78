package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.facebookPhoto;
import static dev.socialplan.analytics.aggregate.Fixtures.instagramReel;
import static dev.socialplan.analytics.aggregate.Fixtures.linkedinDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearWeek;

class GroupingTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void keysRecordsByTheChosenDimensionsInLocalTime() {
    Grouping grouping = Grouping.by(NEW_YORK, Dimension.PLATFORM, Dimension.TIME_OF_WEEK);
    assertThat(grouping.keyOf(facebookPhoto()))
        .isEqualTo(
            GroupKey.empty()
                .withPlatform(Platform.FACEBOOK)
                .withTimeOfWeek(TimeOfWeek.of(DayOfWeek.TUESDAY, 9)));
    assertThat(grouping.keyOf(instagramReel()).timeOfWeek())
        .contains(TimeOfWeek.of(DayOfWeek.SATURDAY, 20));
  }

  @Test
  void weeksAreIsoWeeks() {
    Grouping grouping = Grouping.by(NEW_YORK, Dimension.DAY, Dimension.WEEK, Dimension.MONTH);
    GroupKey key = grouping.keyOf(linkedinDocument());
    assertThat(key.day()).contains(LocalDate.of(2025, 12, 29));
    assertThat(key.week()).contains(YearWeek.of(2026, 1));
    assertThat(key.month()).contains(YearMonth.of(2025, 12));
  }

  @Test
  void nonTimeDimensions() {
    Grouping grouping =
        Grouping.by(Dimension.FORMAT, Dimension.PURPOSE, Dimension.PAID, Dimension.PLATFORM);
    assertThat(grouping.keyOf(facebookPhoto()))
        .isEqualTo(
            GroupKey.empty()
                .withPlatform(Platform.FACEBOOK)
                .withFormat(PostFormat.IMAGE)
                .withPurpose(PostPurpose.PROMOTE)
                .withPaid(PaidStatus.PAID));
    assertThat(grouping.zone()).isEmpty();
    assertThat(grouping.uses(Dimension.PAID)).isTrue();
    assertThat(grouping.uses(Dimension.DAY)).isFalse();
    assertThat(Grouping.none().keyOf(facebookPhoto())).isEqualTo(GroupKey.empty());
    assertThat(Grouping.by()).isEqualTo(Grouping.none());
  }

  @Test
  void timeDimensionsNeedAZoneAndTheZoneIsKeptOnlyWhenUsed() {
    assertThatThrownBy(() -> Grouping.by(Dimension.PLATFORM, Dimension.DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DAY");
    assertThat(Grouping.by(NEW_YORK, Dimension.PLATFORM)).isEqualTo(Grouping.by(Dimension.PLATFORM));
    assertThat(Grouping.by(NEW_YORK, Dimension.DAY).zone()).contains(NEW_YORK);
  }

  @Test
  void equalByValueReadableAndSerialisable() {
    Grouping a = Grouping.by(NEW_YORK, Dimension.TIME_OF_WEEK, Dimension.PLATFORM);
    Grouping b = Grouping.by(NEW_YORK, Dimension.PLATFORM, Dimension.TIME_OF_WEEK);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.dimensions()).containsExactly(Dimension.PLATFORM, Dimension.TIME_OF_WEEK);
    assertThat(a.toString()).isEqualTo("Grouping[PLATFORM, TIME_OF_WEEK] in America/New_York");
    assertThat(Serialization.roundTrip(a)).isEqualTo(a);
    new EqualsTester()
        .addEqualityGroup(a, b)
        .addEqualityGroup(Grouping.by(NEW_YORK, Dimension.PLATFORM))
        .addEqualityGroup(Grouping.by(ZoneId.of("Europe/Paris"), Dimension.PLATFORM, Dimension.TIME_OF_WEEK))
        .testEquals();
  }

  @Test
  void aGroupingCanAddUpOnlySomeMeasures() {
    Grouping all = Grouping.by(NEW_YORK, Dimension.PLATFORM);
    Grouping some =
        all.withMeasures(java.util.EnumSet.of(Measure.REACH, Measure.IMPRESSIONS))
            .withAmounts(java.util.Set.of(MoneyMeasure.SPEND));
    assertThat(all.measures()).containsExactly(Measure.values());
    assertThat(all.amounts()).containsExactly(MoneyMeasure.values());
    assertThat(some.measures()).containsExactly(Measure.IMPRESSIONS, Measure.REACH);
    assertThat(some.amounts()).containsExactly(MoneyMeasure.SPEND);
    assertThat(some.dimensions()).isEqualTo(all.dimensions());
    assertThat(some.toString())
        .isEqualTo("Grouping[PLATFORM] measuring [IMPRESSIONS, REACH] and [SPEND]");
    assertThat(Serialization.roundTrip(some)).isEqualTo(some);
    assertThat(
            some.withMeasures(java.util.EnumSet.allOf(Measure.class))
                .withAmounts(java.util.EnumSet.allOf(MoneyMeasure.class)))
        .isEqualTo(all);
    assertThat(Grouping.none().withMeasures(java.util.Set.of()).measures()).isEmpty();
    new EqualsTester()
        .addEqualityGroup(
            some, all.withAmounts(java.util.Set.of(MoneyMeasure.SPEND))
                .withMeasures(java.util.EnumSet.of(Measure.IMPRESSIONS, Measure.REACH)))
        .addEqualityGroup(all.withMeasures(java.util.EnumSet.of(Measure.IMPRESSIONS, Measure.REACH)))
        .addEqualityGroup(all)
        .testEquals();

    PerformanceSummary summary =
        PerformanceBreakdown.of(some, java.util.List.of(facebookPhoto(), instagramReel())).total();
    assertThat(summary.sum(Measure.IMPRESSIONS))
        .isEqualTo(PerformanceSummary.of(java.util.List.of(facebookPhoto(), instagramReel()))
            .sum(Measure.IMPRESSIONS));
    assertThatThrownBy(() -> summary.sum(Measure.REACTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "reactions was not added up: this summary adds up [IMPRESSIONS, REACH]"
                + " (Grouping.withMeasures)");
    assertThatThrownBy(() -> summary.revenue())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("revenue was not added up");
    assertThat(summary.toString()).doesNotContain("reactions").doesNotContain("revenue");
    assertThat(Serialization.roundTrip(summary)).isEqualTo(summary);
  }

  @Test
  void groupsByAccountCampaignPillarAndEachHashtag() {
    PerformanceRecord tagged =
        facebookPhoto().toBuilder()
            .account("acme")
            .campaign("spring")
            .addHashtag("glow")
            .addHashtag("sale")
            .build();
    Grouping labels = Grouping.by(Dimension.ACCOUNT, Dimension.CAMPAIGN, Dimension.PILLAR);
    assertThat(labels.keyOf(tagged))
        .isEqualTo(GroupKey.empty().withAccount("acme").withCampaign("spring"));
    assertThat(labels.keyOf(tagged).pillar()).isEmpty();
    Grouping byTag = Grouping.by(NEW_YORK, Dimension.HASHTAG, Dimension.TIME_OF_WEEK);
    TimeOfWeek tuesday9 = TimeOfWeek.of(DayOfWeek.TUESDAY, 9);
    assertThat(byTag.keysOf(tagged))
        .containsExactly(
            GroupKey.empty().withHashtag("glow").withTimeOfWeek(tuesday9),
            GroupKey.empty().withHashtag("sale").withTimeOfWeek(tuesday9));
    assertThatThrownBy(() -> byTag.keyOf(tagged))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keysOf");
    assertThat(byTag.keysOf(facebookPhoto()))
        .containsExactly(GroupKey.empty().withTimeOfWeek(tuesday9));
    assertThat(Grouping.by(Dimension.PLATFORM).keysOf(tagged)).hasSize(1);
    assertThat(GroupKey.empty().withAccount("acme").withHashtag("glow").toString())
        .isEqualTo("[@acme, #glow]");
  }
}
