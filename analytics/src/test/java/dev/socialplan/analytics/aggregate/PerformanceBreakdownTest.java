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
  private static Grouping platformByHour() {
    return Grouping.by(ZoneId.of("America/New_York"), Dimension.PLATFORM, Dimension.TIME_OF_WEEK);
  }

  private static PerformanceBreakdown breakdown() {
    return PerformanceBreakdown.of(platformByHour(), ALL);
  }

  @Test
  void groupsByPlatformAndLocalWeekdayHour() {
    assertThat(breakdown().size()).isEqualTo(3);
    GroupKey facebookTuesdayNine =
        GroupKey.empty()
            .withPlatform(Platform.FACEBOOK)
            .withTimeOfWeek(TimeOfWeek.of(DayOfWeek.TUESDAY, 9));
    assertThat(breakdown().get(facebookTuesdayNine))
        .contains(PerformanceSummary.of(List.of(FACEBOOK_PHOTO, FACEBOOK_STATUS)));
    assertThat(breakdown().groups().firstKey()).isEqualTo(facebookTuesdayNine);
    assertThat(breakdown().get(GroupKey.empty())).isEmpty();
    assertThat(breakdown().total()).isEqualTo(PerformanceSummary.of(ALL));
    assertThat(breakdown().grouping()).isEqualTo(platformByHour());
  }

  @Test
  void mergeIsAssociativeWithEmptyAsIdentity() {
    PerformanceBreakdown a = PerformanceBreakdown.of(platformByHour(), List.of(FACEBOOK_PHOTO));
    PerformanceBreakdown b =
        PerformanceBreakdown.of(platformByHour(), List.of(FACEBOOK_STATUS, INSTAGRAM_REEL));
    PerformanceBreakdown c = PerformanceBreakdown.of(platformByHour(), List.of(LINKEDIN_DOCUMENT));
    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c))).isEqualTo(breakdown());
    assertThat(c.merge(b).merge(a)).isEqualTo(breakdown());
    assertThat(a.merge(PerformanceBreakdown.empty(platformByHour()))).isEqualTo(a);
    assertThat(PerformanceBreakdown.empty(platformByHour()).plus(FACEBOOK_PHOTO)).isEqualTo(a);
  }

  @Test
  void refusesToMergeDifferentGroupings() {
    PerformanceBreakdown byPlatform = PerformanceBreakdown.of(Grouping.by(Dimension.PLATFORM), ALL);
    assertThatThrownBy(() -> breakdown().merge(byPlatform))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("groupings must be the same to merge");
  }

  @Test
  void collectsFromParallelStreamsReadableAndSerialisable() {
    assertThat(ALL.parallelStream().collect(PerformanceBreakdown.collector(platformByHour())))
        .isEqualTo(breakdown());
    assertThat(Serialization.roundTrip(breakdown())).isEqualTo(breakdown()).hasSameHashCodeAs(breakdown());
    assertThat(breakdown().toString()).contains("[Facebook, TUESDAY 09:00]: PerformanceSummary{count=2");
  }

  @Test
  void equalByGroupingAndGroups() {
    new EqualsTester()
        .addEqualityGroup(breakdown(), PerformanceBreakdown.of(platformByHour(), ALL))
        .addEqualityGroup(PerformanceBreakdown.of(platformByHour(), ALL.subList(0, 2)))
        .addEqualityGroup(
            PerformanceBreakdown.of(Grouping.by(ZoneId.of("America/New_York"), Dimension.PLATFORM), ALL))
        .testEquals();
  }
}
