package dev.socialplan.calendar.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WallClockTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  @Test
  void ordinaryTimeKeepsItsOnlyOffset() {
    ZonedDateTime noon = WallClock.resolve(LocalDateTime.of(2026, 7, 1, 12, 0), NEW_YORK);
    assertThat(noon.getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    assertThat(WallClock.resolve(LocalDateTime.of(2026, 7, 1, 12, 0), TAIPEI).toInstant())
        .isEqualTo(Instant.parse("2026-07-01T04:00:00Z"));
  }

  @Test
  void gapMovesForwardByTheGap() {
    ZonedDateTime atGapStart = WallClock.resolve(LocalDateTime.of(2026, 3, 8, 2, 0), NEW_YORK);
    assertThat(atGapStart.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 8, 3, 0));
    ZonedDateTime halfHourGap = WallClock.resolve(LocalDateTime.of(2026, 10, 4, 2, 29), LORD_HOWE);
    assertThat(halfHourGap.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 4, 2, 59));
  }

  @Test
  void overlapTakesTheEarlierOffset() {
    ZonedDateTime first = WallClock.resolve(LocalDateTime.of(2026, 11, 1, 1, 0), NEW_YORK);
    assertThat(first.getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    ZonedDateTime lordHowe = WallClock.resolve(LocalDateTime.of(2026, 4, 5, 1, 30), LORD_HOWE);
    assertThat(lordHowe.getOffset()).isEqualTo(ZoneOffset.ofHours(11));
  }

  @Test
  void agreesWithJavaTimeDefaultResolution() {
    LocalDateTime[] samples = {
      LocalDateTime.of(2026, 3, 8, 2, 30), LocalDateTime.of(2026, 11, 1, 1, 30),
      LocalDateTime.of(2026, 10, 4, 2, 15), LocalDateTime.of(2026, 4, 5, 1, 45)
    };
    for (ZoneId zone : new ZoneId[] {NEW_YORK, LORD_HOWE, TAIPEI}) {
      for (LocalDateTime local : samples) {
        assertThat(WallClock.resolve(local, zone)).isEqualTo(ZonedDateTime.of(local, zone));
      }
    }
  }
}
