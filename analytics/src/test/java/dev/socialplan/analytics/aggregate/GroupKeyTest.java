package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearWeek;

class GroupKeyTest {
  private static GroupKey facebookTuesdayNine() {
    return GroupKey.empty()
            .withPlatform(Platform.FACEBOOK)
            .withTimeOfWeek(TimeOfWeek.of(DayOfWeek.TUESDAY, 9));
  }

  @Test
  void setPartsArePresentOthersEmpty() {
    assertThat(facebookTuesdayNine().platform()).contains(Platform.FACEBOOK);
    assertThat(facebookTuesdayNine().timeOfWeek()).contains(TimeOfWeek.of(DayOfWeek.TUESDAY, 9));
    assertThat(facebookTuesdayNine().format()).isEmpty();
    assertThat(facebookTuesdayNine().purpose()).isEmpty();
    assertThat(facebookTuesdayNine().paid()).isEmpty();
    assertThat(facebookTuesdayNine().day()).isEmpty();
    assertThat(facebookTuesdayNine().week()).isEmpty();
    assertThat(facebookTuesdayNine().month()).isEmpty();
    GroupKey all =
        GroupKey.empty()
            .withFormat(PostFormat.IMAGE)
            .withPurpose(PostPurpose.EDUCATE)
            .withPaid(PaidStatus.PAID)
            .withDay(LocalDate.of(2025, 3, 4))
            .withWeek(YearWeek.of(2025, 10))
            .withMonth(YearMonth.of(2025, 3));
    assertThat(all.format()).contains(PostFormat.IMAGE);
    assertThat(all.purpose()).contains(PostPurpose.EDUCATE);
    assertThat(all.paid()).contains(PaidStatus.PAID);
    assertThat(all.day()).contains(LocalDate.of(2025, 3, 4));
    assertThat(all.week()).contains(YearWeek.of(2025, 10));
    assertThat(all.month()).contains(YearMonth.of(2025, 3));
  }

  @Test
  void readableForm() {
    assertThat(facebookTuesdayNine().toString()).isEqualTo("[Facebook, TUESDAY 09:00]");
    assertThat(GroupKey.empty().toString()).isEqualTo("[all]");
  }

  @Test
  void sortsByPlatformThenTimeMissingPartsFirst() {
    GroupKey xMonday = GroupKey.empty().withPlatform(Platform.X).withTimeOfWeek(TimeOfWeek.ofIndex(0));
    GroupKey facebookMonday =
        GroupKey.empty().withPlatform(Platform.FACEBOOK).withTimeOfWeek(TimeOfWeek.ofIndex(0));
    List<GroupKey> keys =
        new ArrayList<>(List.of(xMonday, facebookTuesdayNine(), GroupKey.empty(), facebookMonday));
    Collections.sort(keys);
    assertThat(keys).containsExactly(GroupKey.empty(), facebookMonday, facebookTuesdayNine(), xMonday);
  }

  @Test
  void equalByValueAndSerialisable() {
    GroupKey same =
        GroupKey.empty()
            .withTimeOfWeek(TimeOfWeek.of(DayOfWeek.TUESDAY, 9))
            .withPlatform(Platform.FACEBOOK);
    assertThat(same).isEqualTo(facebookTuesdayNine()).hasSameHashCodeAs(facebookTuesdayNine());
    assertThat(same).isNotEqualTo(GroupKey.empty().withPlatform(Platform.FACEBOOK));
    assertThat(Serialization.roundTrip(facebookTuesdayNine())).isEqualTo(facebookTuesdayNine());
    new EqualsTester()
        .addEqualityGroup(same, facebookTuesdayNine())
        .addEqualityGroup(GroupKey.empty().withPlatform(Platform.FACEBOOK))
        .addEqualityGroup(GroupKey.empty())
        .testEquals();
  }

  @Test
  void labelPartsAreReadBack() {
    GroupKey labels =
        GroupKey.empty().withAccount("acme.tw").withCampaign("spring").withPillar("tips").withHashtag("glow");
    assertThat(labels.account()).contains("acme.tw");
    assertThat(labels.campaign()).contains("spring");
    assertThat(labels.pillar()).contains("tips");
    assertThat(labels.hashtag()).contains("glow");
    assertThat(GroupKey.empty().account()).isEmpty();
    assertThat(GroupKey.empty().campaign()).isEmpty();
    assertThat(GroupKey.empty().pillar()).isEmpty();
    assertThat(GroupKey.empty().hashtag()).isEmpty();
  }
}
