package dev.socialplan.calendar;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelTest {
  private static final Channel INSTAGRAM = Channel.of(Platform.INSTAGRAM);
  private static final Channel SHOP = Channel.of(Platform.INSTAGRAM, "@shop");
  private static final Channel X = Channel.of(Platform.X);

  @Test
  void wholePlatformHasNoAccount() {
    assertThat(INSTAGRAM.account()).isEmpty();
    assertThat(INSTAGRAM.isWholePlatform()).isTrue();
    assertThat(SHOP.account()).contains("@shop");
    assertThat(SHOP.isWholePlatform()).isFalse();
    assertThat(SHOP.wholePlatform()).isEqualTo(INSTAGRAM);
    assertThat(INSTAGRAM.wholePlatform()).isSameAs(INSTAGRAM);
  }

  @Test
  void aWholePlatformCoversItsAccountsButNotTheOtherWayRound() {
    assertThat(INSTAGRAM.covers(SHOP)).isTrue();
    assertThat(INSTAGRAM.covers(INSTAGRAM)).isTrue();
    assertThat(SHOP.covers(INSTAGRAM)).isFalse();
    assertThat(SHOP.covers(Channel.of(Platform.INSTAGRAM, "@other"))).isFalse();
    assertThat(INSTAGRAM.covers(X)).isFalse();
  }

  @Test
  void channelsOfSchedulesAndPosts() {
    PostingSchedule schedule =
        PostingSchedule.builder()
            .from(
                PostingSchedule.weekly(
                    Platform.INSTAGRAM, ZoneOffset.UTC, WeeklySlot.of(DayOfWeek.MONDAY, 9, 0)))
            .account("@shop")
            .build();
    ScheduledPost post =
        ScheduledPost.builder()
            .id("p")
            .platform(Platform.X)
            .time(Instant.EPOCH)
            .content(PostContent.builder()
                .format(PostFormat.TEXT)
                .purpose(PostPurpose.INFORM)
                .build())
            .build();
    assertThat(Channel.of(schedule)).isEqualTo(SHOP);
    assertThat(Channel.of(post)).isEqualTo(X);
    assertThat(post.channel()).isEqualTo(X);
  }

  @Test
  void orderIsPlatformThenWholePlatformThenAccount() {
    Channel other = Channel.of(Platform.INSTAGRAM, "@another");
    List<Channel> channels = new ArrayList<>(List.of(X, SHOP, other, INSTAGRAM));
    channels.sort(null);
    assertThat(channels).containsExactly(INSTAGRAM, other, SHOP, X);
  }

  @Test
  void equalityAndReadableForm() {
    assertThat(Channel.of(Platform.INSTAGRAM, "@shop")).isEqualTo(SHOP).hasSameHashCodeAs(SHOP);
    assertThat(SHOP).isNotEqualTo(INSTAGRAM);
    assertThat(SHOP).hasToString("instagram/@shop");
    assertThat(INSTAGRAM).hasToString("instagram");
  }

  @Test
  void refusesABlankAccount() {
    assertThatThrownBy(() -> Channel.of(Platform.X, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("account");
  }

  @Test
  void equalByPlatformAndAccount() {
    new EqualsTester()
        .addEqualityGroup(INSTAGRAM, Channel.of(Platform.INSTAGRAM))
        .addEqualityGroup(SHOP, Channel.of(Platform.INSTAGRAM, "@shop"))
        .addEqualityGroup(Channel.of(Platform.INSTAGRAM, "@other"))
        .addEqualityGroup(X)
        .addEqualityGroup(Channel.of(Platform.X, "@shop"))
        .testEquals();
    assertThat(INSTAGRAM.hashCode()).isNotEqualTo(SHOP.hashCode());
    assertThat(SHOP.hashCode()).isNotEqualTo(Channel.of(Platform.X, "@shop").hashCode());
  }
}
