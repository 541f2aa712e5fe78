package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class LiveStreamTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final ZonedDateTime START = ZonedDateTime.of(2027, 3, 20, 20, 0, 0, 0, TAIPEI);
  private static final LiveStream LAUNCH =
      LiveStream.of("serum launch", Platform.INSTAGRAM, START, Duration.ofMinutes(45))
          .withAnnouncedAt(START.minusDays(3));

  @Test
  void keepsItsParts() {
    assertThat(LAUNCH.platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(LAUNCH.start()).isEqualTo(START);
    assertThat(LAUNCH.duration()).isEqualTo(Duration.ofMinutes(45));
    assertThat(LAUNCH.end()).isEqualTo(ZonedDateTime.of(2027, 3, 20, 20, 45, 0, 0, TAIPEI));
    assertThat(LAUNCH.kind()).isEqualTo(TacticKind.LIVE_STREAM);
  }

  @Test
  void measuresTheAnnouncementLeadAcrossZones() {
    assertThat(LAUNCH.announcementLead()).contains(Duration.ofDays(3));
    assertThat(LAUNCH.isAnnouncedInAdvance()).isTrue();
    // 11:00 UTC is 19:00 in Taipei: one hour ahead.
    LiveStream fromLondon =
        LAUNCH.withAnnouncedAt(ZonedDateTime.of(2027, 3, 20, 11, 0, 0, 0, ZoneId.of("UTC")));
    assertThat(fromLondon.announcementLead()).contains(Duration.ofHours(1));
  }

  @Test
  void lateOrMissingAnnouncementsAreConstructible() {
    LiveStream late = LAUNCH.withAnnouncedAt(START.plusMinutes(5));
    assertThat(late.announcementLead()).contains(Duration.ofMinutes(-5));
    assertThat(late.isAnnouncedInAdvance()).isFalse();
    assertThat(LAUNCH.withAnnouncedAt(START).isAnnouncedInAdvance()).isFalse();
    LiveStream silent = LiveStream.of("x", Platform.TIKTOK, START, Duration.ofHours(1));
    assertThat(silent.announcementLead()).isEmpty();
    assertThat(silent.isAnnouncedInAdvance()).isFalse();
  }

  @Test
  void equalByValue() {
    LiveStream same = LiveStream.builder().from(LAUNCH).build();
    assertThat(same).isEqualTo(LAUNCH).hasSameHashCodeAs(LAUNCH);
    assertThat(same.toString()).contains("serum launch", "Asia/Taipei");
  }

  @Test
  void refusesDurationsThatAreNotPositive() {
    assertThatThrownBy(() -> LiveStream.of("x", Platform.TIKTOK, START, Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must be positive: PT-1M");
  }
}
