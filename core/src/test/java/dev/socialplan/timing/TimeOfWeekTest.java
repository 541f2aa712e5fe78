package dev.socialplan.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TimeOfWeekTest {
  private static final TimeOfWeek TUESDAY_7PM = TimeOfWeek.of(DayOfWeek.TUESDAY, 19);

  @Test
  void indexesTheWeekFromMondayMidnight() {
    assertThat(TimeOfWeek.of(DayOfWeek.MONDAY, 0).index()).isZero();
    assertThat(TUESDAY_7PM.index()).isEqualTo(43);
    assertThat(TimeOfWeek.of(DayOfWeek.SUNDAY, 23).index()).isEqualTo(167);
    for (int i = 0; i < TimeOfWeek.HOURS_PER_WEEK; i++) {
      assertThat(TimeOfWeek.ofIndex(i).index()).isEqualTo(i);
    }
  }

  @Test
  void fromLocalAndZonedTimes() {
    assertThat(TimeOfWeek.from(LocalDateTime.of(2026, 11, 24, 19, 45))).isEqualTo(TUESDAY_7PM);
    ZonedDateTime taipei = ZonedDateTime.of(2026, 11, 24, 19, 0, 0, 0, ZoneId.of("Asia/Taipei"));
    assertThat(TimeOfWeek.from(taipei)).isEqualTo(TUESDAY_7PM);
  }

  @Test
  void refusesImpossibleHours() {
    assertThatThrownBy(() -> TimeOfWeek.of(DayOfWeek.MONDAY, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hour must be between 0 and 23: 24");
    assertThatThrownBy(() -> TimeOfWeek.ofIndex(168))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must be between 0 and 167: 168");
    assertThatThrownBy(() -> TimeOfWeek.of(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("day must not be null");
  }

  @Test
  void ordersAndPrints() {
    assertThat(TimeOfWeek.of(DayOfWeek.MONDAY, 23)).isLessThan(TUESDAY_7PM);
    assertThat(TUESDAY_7PM).hasToString("TUESDAY 19:00");
    assertThat(TimeOfWeek.of(DayOfWeek.FRIDAY, 8)).hasToString("FRIDAY 08:00");
  }
}
