package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.all;
import static dev.socialplan.analytics.aggregate.Fixtures.facebookPhoto;
import static dev.socialplan.analytics.aggregate.Fixtures.facebookStatus;
import static dev.socialplan.analytics.aggregate.Fixtures.instagramReel;
import static dev.socialplan.analytics.aggregate.Fixtures.linkedinDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PerformanceBreakdownTest {
  private static Grouping platformByHour() {
    return Grouping.by(ZoneId.of("America/New_York"), Dimension.PLATFORM, Dimension.TIME_OF_WEEK);
  }

  private static PerformanceBreakdown breakdown() {
    return PerformanceBreakdown.of(platformByHour(), all());
  }

  @Test
  void groupsByPlatformAndLocalWeekdayHour() {
    assertThat(breakdown().size()).isEqualTo(3);
    GroupKey facebookTuesdayNine =
        GroupKey.empty()
            .withPlatform(Platform.FACEBOOK)
            .withTimeOfWeek(TimeOfWeek.of(DayOfWeek.TUESDAY, 9));
    assertThat(breakdown().get(facebookTuesdayNine))
        .contains(PerformanceSummary.of(List.of(facebookPhoto(), facebookStatus())));
    assertThat(breakdown().groups().firstKey()).isEqualTo(facebookTuesdayNine);
    assertThat(breakdown().get(GroupKey.empty())).isEmpty();
    assertThat(breakdown().total()).isEqualTo(PerformanceSummary.of(all()));
    assertThat(breakdown().grouping()).isEqualTo(platformByHour());
  }

  @Test
  void mergeIsAssociativeWithEmptyAsIdentity() {
    PerformanceBreakdown a = PerformanceBreakdown.of(platformByHour(), List.of(facebookPhoto()));
    PerformanceBreakdown b =
        PerformanceBreakdown.of(platformByHour(), List.of(facebookStatus(), instagramReel()));
    PerformanceBreakdown c = PerformanceBreakdown.of(platformByHour(), List.of(linkedinDocument()));
    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c))).isEqualTo(breakdown());
    assertThat(c.merge(b).merge(a)).isEqualTo(breakdown());
    assertThat(a.merge(PerformanceBreakdown.empty(platformByHour()))).isEqualTo(a);
    assertThat(PerformanceBreakdown.empty(platformByHour()).plus(facebookPhoto())).isEqualTo(a);
  }

  @Test
  void refusesToMergeDifferentGroupings() {
    PerformanceBreakdown byPlatform = PerformanceBreakdown.of(Grouping.by(Dimension.PLATFORM), all());
    assertThatThrownBy(() -> breakdown().merge(byPlatform))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("groupings must be the same to merge");
  }

  @Test
  void collectsFromParallelStreamsReadableAndSerialisable() {
    assertThat(all().parallelStream().collect(PerformanceBreakdown.collector(platformByHour())))
        .isEqualTo(breakdown());
    assertThat(Serialization.roundTrip(breakdown())).isEqualTo(breakdown()).hasSameHashCodeAs(breakdown());
    assertThat(breakdown().toString()).contains("[Facebook, TUESDAY 09:00]: PerformanceSummary{count=2");
  }

  @Test
  void equalByGroupingAndGroups() {
    new EqualsTester()
        .addEqualityGroup(breakdown(), PerformanceBreakdown.of(platformByHour(), all()))
        .addEqualityGroup(PerformanceBreakdown.of(platformByHour(), all().subList(0, 2)))
        .addEqualityGroup(
            PerformanceBreakdown.of(Grouping.by(ZoneId.of("America/New_York"), Dimension.PLATFORM), all()))
        .testEquals();
  }

  @Test
  void rebuildsFromItsGroupsInAnyOrder() {
    Map<GroupKey, PerformanceSummary> shuffled = new HashMap<>(breakdown().groups());
    PerformanceBreakdown rebuilt = PerformanceBreakdown.of(platformByHour(), shuffled);
    assertThat(rebuilt).isEqualTo(breakdown()).hasSameHashCodeAs(breakdown());
    assertThat(rebuilt.groups().firstKey()).isEqualTo(breakdown().groups().firstKey());
    assertThat(PerformanceBreakdown.of(platformByHour(), Map.of()))
        .isEqualTo(PerformanceBreakdown.empty(platformByHour()));
    // The group of posts without an account is a key of a grouping by account.
    Grouping byAccount = Grouping.by(Dimension.ACCOUNT);
    PerformanceBreakdown accounts = PerformanceBreakdown.of(byAccount, all());
    assertThat(PerformanceBreakdown.of(byAccount, accounts.groups())).isEqualTo(accounts);
    assertThat(
            PerformanceBreakdown.of(
                byAccount, Map.of(GroupKey.empty(), PerformanceSummary.of(all()))).size())
        .isOne();
  }

  @Test
  void refusesAGroupTheGroupingCouldNotHaveMade() {
    PerformanceSummary some = PerformanceSummary.of(List.of(facebookPhoto()));
    GroupKey facebookTuesdayNine =
        GroupKey.empty()
            .withPlatform(Platform.FACEBOOK)
            .withTimeOfWeek(TimeOfWeek.of(DayOfWeek.TUESDAY, 9));
    assertThatThrownBy(
            () -> PerformanceBreakdown.of(
                platformByHour(), Map.of(GroupKey.empty().withPlatform(Platform.FACEBOOK), some)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groups' key [Facebook] must be a key of " + platformByHour());
    GroupKey withAccount = facebookTuesdayNine.withAccount("shop");
    assertThatThrownBy(() -> PerformanceBreakdown.of(platformByHour(), Map.of(withAccount, some)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groups' key " + withAccount + " must be a key of " + platformByHour());
    for (GroupKey extra :
        List.of(
            facebookTuesdayNine.withCampaign("launch"),
            facebookTuesdayNine.withPillar("tips"),
            facebookTuesdayNine.withHashtag("sale"))) {
      assertThatThrownBy(() -> PerformanceBreakdown.of(platformByHour(), Map.of(extra, some)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be a key of");
    }
    assertThatThrownBy(
            () -> PerformanceBreakdown.of(
                platformByHour(), Map.of(facebookTuesdayNine, PerformanceSummary.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groups[" + facebookTuesdayNine + "] must not be empty");
    Grouping impressionsOnly =
        platformByHour().withMeasures(EnumSet.of(Measure.IMPRESSIONS)).withAmounts(Set.of());
    assertThatThrownBy(
            () -> PerformanceBreakdown.of(impressionsOnly, Map.of(facebookTuesdayNine, some)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groups[" + facebookTuesdayNine + "] must add up the measures [IMPRESSIONS]"
            + " and amounts [] of its grouping, not " + some.measures() + " and "
            + some.amounts());
    PerformanceSummary projected =
        PerformanceBreakdown.of(impressionsOnly, List.of(facebookPhoto())).total();
    assertThat(PerformanceBreakdown.of(impressionsOnly, Map.of(facebookTuesdayNine, projected)))
        .isEqualTo(PerformanceBreakdown.of(impressionsOnly, List.of(facebookPhoto())));
    assertThatThrownBy(
            () -> PerformanceBreakdown.of(platformByHour(), Map.of(facebookTuesdayNine, projected)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must add up the measures");
  }
}
