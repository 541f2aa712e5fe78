package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.ALL;
import static dev.socialplan.analytics.aggregate.Fixtures.FACEBOOK_PHOTO;
import static dev.socialplan.analytics.aggregate.Fixtures.FACEBOOK_STATUS;
import static dev.socialplan.analytics.aggregate.Fixtures.INSTAGRAM_REEL;
import static dev.socialplan.analytics.aggregate.Fixtures.LINKEDIN_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceBreakdownTest {
  private static final Grouping PLATFORM_BY_HOUR =
      Grouping.by(ZoneId.of("America/New_York"), Dimension.PLATFORM, Dimension.TIME_OF_WEEK);

  private static final PerformanceBreakdown BREAKDOWN = PerformanceBreakdown.of(PLATFORM_BY_HOUR, ALL);

  @Test
  void groupsByPlatformAndLocalWeekdayHour() {
    assertThat(BREAKDOWN.size()).isEqualTo(3);
    GroupKey facebookTuesdayNine =
        GroupKey.empty()
            .withPlatform(Platform.FACEBOOK)
            .withTimeOfWeek(TimeOfWeek.of(DayOfWeek.TUESDAY, 9));
    assertThat(BREAKDOWN.get(facebookTuesdayNine))
        .contains(PerformanceSummary.of(List.of(FACEBOOK_PHOTO, FACEBOOK_STATUS)));
    assertThat(BREAKDOWN.groups().firstKey()).isEqualTo(facebookTuesdayNine);
    assertThat(BREAKDOWN.get(GroupKey.empty())).isEmpty();
    assertThat(BREAKDOWN.total()).isEqualTo(PerformanceSummary.of(ALL));
    assertThat(BREAKDOWN.grouping()).isEqualTo(PLATFORM_BY_HOUR);
  }

  @Test
  void mergeIsAssociativeWithEmptyAsIdentity() {
    PerformanceBreakdown a = PerformanceBreakdown.of(PLATFORM_BY_HOUR, List.of(FACEBOOK_PHOTO));
    PerformanceBreakdown b =
        PerformanceBreakdown.of(PLATFORM_BY_HOUR, List.of(FACEBOOK_STATUS, INSTAGRAM_REEL));
    PerformanceBreakdown c = PerformanceBreakdown.of(PLATFORM_BY_HOUR, List.of(LINKEDIN_DOCUMENT));
    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c))).isEqualTo(BREAKDOWN);
    assertThat(c.merge(b).merge(a)).isEqualTo(BREAKDOWN);
    assertThat(a.merge(PerformanceBreakdown.empty(PLATFORM_BY_HOUR))).isEqualTo(a);
    assertThat(PerformanceBreakdown.empty(PLATFORM_BY_HOUR).plus(FACEBOOK_PHOTO)).isEqualTo(a);
  }

  @Test
  void refusesToMergeDifferentGroupings() {
    PerformanceBreakdown byPlatform = PerformanceBreakdown.of(Grouping.by(Dimension.PLATFORM), ALL);
    assertThatThrownBy(() -> BREAKDOWN.merge(byPlatform))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("groupings must be the same to merge");
  }

  @Test
  void collectsFromParallelStreamsReadableAndSerialisable() {
    assertThat(ALL.parallelStream().collect(PerformanceBreakdown.collector(PLATFORM_BY_HOUR)))
        .isEqualTo(BREAKDOWN);
    assertThat(Serialization.roundTrip(BREAKDOWN)).isEqualTo(BREAKDOWN).hasSameHashCodeAs(BREAKDOWN);
    assertThat(BREAKDOWN.toString()).contains("[Facebook, TUESDAY 09:00]: PerformanceSummary{count=2");
  }

  @Test
  void equalByGroupingAndGroups() {
    new EqualsTester()
        .addEqualityGroup(BREAKDOWN, PerformanceBreakdown.of(PLATFORM_BY_HOUR, ALL))
        .addEqualityGroup(PerformanceBreakdown.of(PLATFORM_BY_HOUR, ALL.subList(0, 2)))
        .addEqualityGroup(
            PerformanceBreakdown.of(Grouping.by(ZoneId.of("America/New_York"), Dimension.PLATFORM), ALL))
        .testEquals();
  }
}
